import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PUBLIC_PARTNER_FIELDS, PUBLIC_PARTNER_RELATIONS } from "./provenance-fields"

/**
 * Field expansion (Medusa's `fields` query parameter follows module links
 * from any record to any other): what the store never returns, and the
 * parameter read as plain paths for routes that accept only a fixed set of
 * them (farm accounts, see FARM_ALLOWED_ROUTES in farm-scope.ts). Which
 * partner fields are public: provenance-fields.ts.
 */

/** "+*supported_currencies.currency" → "supported_currencies.currency"; "partner.*" → "partner". */
export function fieldPath(token: string): string {
  return token
    .trim()
    .replace(/^[+\- ]+/, "")
    .replace(/^\*/, "")
    .replace(/\.\*$/, "")
}

/** The field paths a `fields` query value asks for (strings or an array of strings), or null if it is neither. */
export function requestedFieldPaths(value: unknown): string[] | null {
  const parts =
    typeof value === "string"
      ? [value]
      : Array.isArray(value) && value.every((v) => typeof v === "string")
        ? value
        : null
  if (!parts) return null
  return parts
    .flatMap((part: string) => part.split(","))
    .map(fieldPath)
    .filter(Boolean)
}

/**
 * What is wrong with a request's `fields` for a route that allows only
 * `allowed` (none when empty): a message for a 400, or null when every
 * requested path is allowed.
 */
export function fieldsProblem(
  value: unknown,
  allowed: readonly string[],
  route: string
): string | null {
  if (value === undefined) return null
  const paths = requestedFieldPaths(value)
  if (!paths) return "fields must be a comma-separated list of field names"
  if (!allowed.length) return `${route} takes no fields parameter for this account`
  const outside = [...new Set(paths.filter((p) => !allowed.includes(p)))]
  if (!outside.length) return null
  return `${route} does not return ${outside.slice(0, 5).join(", ")}${outside.length > 5 ? ", …" : ""} for this account; it may ask for: ${allowed.join(", ")}`
}

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
  // unit purchasers: a unit and its members are read only through /store/units/me
  "unit",
  "units",
  "unit_member",
  "unit_members",
  // a partner's private fields: anything after `partner.` that is not public (a starred
  // `*partner` is expanded to its public fields first: see store/products/expose-provenance.ts)
  new RegExp(`(^|\\.)partners?\\.(?!(${partnerPublic})(\\.|$))`),
]

/**
 * For every /store request: the store's field expansion can never reach what
 * STORE_NEVER_RETURNED names (requested fields there are left out of the
 * answer, as Medusa does with any field a route does not allow).
 */
export function scopeStoreFields(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  req.disallowed = [...(req.disallowed ?? []), ...STORE_NEVER_RETURNED]
  next()
}
