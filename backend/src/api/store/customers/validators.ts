import { AddressRules, ProfileRules } from "../../../shared/address"

/** A customer's profile (registration and updates): names, company, mobile and e-mail within the address rules' limits. */
export const StoreCustomerRules = ProfileRules

/** A saved address of the customer. */
export const StoreCustomerAddressRules = AddressRules
