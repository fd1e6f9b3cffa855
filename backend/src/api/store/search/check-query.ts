import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { forbiddenCharacterIn } from "../../../shared/text"

type SearchBody = { filters?: Record<string, unknown> & { q?: unknown } }

/** The longest free-text query a buyer may send. */
export const MAX_SEARCH_QUERY = 200

function check(query: SearchBody | undefined) {
  const q = query?.filters?.q
  if (q === undefined || q === null || !query?.filters || typeof query.filters !== "object") return
  if (typeof q !== "string") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "filters.q must be the text to search for"
    )
  }
  if (q.length > MAX_SEARCH_QUERY) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `filters.q must be at most ${MAX_SEARCH_QUERY} characters`
    )
  }
  const forbidden = forbiddenCharacterIn(q)
  if (forbidden) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `filters.q must not contain ${forbidden}`)
  }
}

/**
 * `POST /store/search` takes the buyer's text as typed ("梅县蜜柚", "miyou");
 * the shop's handler (route.ts) turns it into the engine's queries. Medusa's
 * validator accepts any filter tree, so a `q` that is not text, is overlong
 * or holds a control character is refused here with 400, before anything
 * is searched.
 */
export function checkSearchQuery(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const body = req.body
    if (body && typeof body === "object") {
      const queries = (body as { queries?: unknown }).queries
      if (Array.isArray(queries)) queries.forEach((q) => check(q as SearchBody))
      else check(body as SearchBody)
    }
  } catch (error) {
    return next(error)
  }
  next()
}
