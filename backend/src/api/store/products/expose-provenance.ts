import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  PRODUCT_PARTNER_FIELDS,
  PRODUCT_PARTNER_TOWN_FIELDS,
  PRODUCT_PARTNER_VILLAGE_FIELDS,
} from "../../provenance-fields"

/**
 * Public fields of a product's partner, town and village over the
 * product-partner link (see provenance-fields.ts). Contacts and addresses of
 * farms (often a family's home) are never public.
 */
const PUBLIC_FIELDS: Record<string, string[]> = {
  partner: PRODUCT_PARTNER_FIELDS,
  "partner.town": PRODUCT_PARTNER_TOWN_FIELDS,
  "partner.village": PRODUCT_PARTNER_VILLAGE_FIELDS,
}

const ALLOWED = Object.entries(PUBLIC_FIELDS).flatMap(([relation, fields]) => [
  ...fields.map((f) => `${relation}.${f}`),
])

/** "*partner", "+*partner", "partner.*" → "partner"; anything else → null. */
function starredRelation(field: string): string | null {
  const bare = field.trim().replace(/^\+/, "")
  const relation = bare.startsWith("*")
    ? bare.slice(1)
    : bare.endsWith(".*")
      ? bare.slice(0, -2)
      : null
  return relation && relation in PUBLIC_FIELDS ? relation : null
}

/**
 * Lets store product requests ask for `*partner`, `*partner.town` and
 * `*partner.village` (or single public fields of them): a starred relation is
 * expanded to its public fields before Medusa validates the query, and only
 * public fields are allowed.
 */
export function exposeProductProvenance(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const fields = req.query.fields
  if (typeof fields === "string" && fields.includes("partner")) {
    req.query.fields = fields
      .split(",")
      .flatMap((field) => {
        const relation = starredRelation(field)
        return relation ? PUBLIC_FIELDS[relation].map((f) => `+${relation}.${f}`) : [field]
      })
      .join(",")
  }
  req.allowed.push(...ALLOWED)
  next()
}
