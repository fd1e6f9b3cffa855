import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PUBLIC_PARTNER_FIELDS, PUBLIC_PARTNER_RELATIONS } from "../provenance-fields"

const partnerPublic = [...PUBLIC_PARTNER_FIELDS, ...PUBLIC_PARTNER_RELATIONS].join("|")

/**
 * What no store route returns, whatever `fields` asks for: a hard boundary
 * on Medusa's field expansion (its `disallowed` fields, checked against every
 * segment of every requested path after the route's own allowed list).
 * Strings name a whole segment anywhere in a path; patterns match the path.
 */
export const STORE_NEVER_RETURNED: (string | RegExp)[] = [
  // stock per location and reservations (Medusa computes variants.inventory_quantity on its own)
  "inventory",
  "location_levels",
  "inventory_levels",
  "reservation_items",
  "reservations",
  // stock locations: a farm's is its address
  "stock_location",
  "stock_locations",
  // accounts: admin users and farm staff, other customers
  "user",
  "users",
  "customers",
  // a partner's private fields: anything after `partner.` that is not public (a starred
  // `*partner` is expanded to its public fields first: see product-provenance-fields.ts)
  new RegExp(`(^|\\.)partners?\\.(?!(${partnerPublic})(\\.|$))`),
]

/**
 * For every /store request: the store's field expansion can never reach what
 * STORE_NEVER_RETURNED names (requested fields there are left out of the
 * answer, as Medusa does with any field a route does not allow).
 */
export function scopeStoreFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.disallowed = [...(req.disallowed ?? []), ...STORE_NEVER_RETURNED]
  next()
}
