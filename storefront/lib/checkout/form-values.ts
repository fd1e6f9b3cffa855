import type { HttpTypes } from "@medusajs/types"

/** A text from an address's or a cart's metadata ("" when there is none). */
const text = (value: unknown): string => (typeof value === "string" ? value : "")

/**
 * The checkout form's first values: what the cart already holds, else the
 * customer's chosen (`?address=`) or first saved address.
 */
export function checkoutFormValues(
  cart: HttpTypes.StoreCart,
  customer: HttpTypes.StoreCustomer | null,
  chosenAddressId?: string
): Record<string, string> {
  const saved = customer?.addresses?.find((a) => a.id === chosenAddressId)
  const address =
    saved ??
    (cart.shipping_address?.metadata?.province_code
      ? cart.shipping_address
      : customer?.addresses?.[0])
  const meta = address?.metadata ?? {}
  const contact = cart.metadata?.contact
  return {
    contact: typeof contact === "string" ? contact : (cart.email ?? customer?.email ?? ""),
    recipient: address?.first_name ?? "",
    phone: address?.phone ?? customer?.phone ?? "",
    province: text(meta.province_code),
    city: text(meta.city_code),
    district: text(meta.district_code),
    street: text(meta.street),
    detail: text(meta.detail),
    postal_code: address?.postal_code ?? "",
  }
}
