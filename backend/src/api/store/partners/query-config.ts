import { PUBLIC_PARTNER_FIELDS } from "../../provenance-fields"

/** A partner's public profile (`/store/partners/:handle`): no address, contact person or phone. */
export const STORE_PARTNER_FIELDS = [
  ...PUBLIC_PARTNER_FIELDS,
  "town.id",
  "town.handle",
  "town.name",
  "village.id",
  "village.name",
  "products.id",
  "products.handle",
  "products.title",
  "products.subtitle",
  "products.thumbnail",
  "products.status",
]
