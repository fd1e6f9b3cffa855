import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import UnitModule from "../modules/unit"

/**
 * A unit member is a Medusa customer: a read-only link over the member's
 * `customer_id` (no link table), so `query.graph` reads `unit_member.customer`.
 * The member's own unique `customer_id` keeps a customer in one unit at most.
 */
export default defineLink(
  { linkable: UnitModule.linkable.unitMember, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
