import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { queryWords } from "../../../search/chinese-words"

type SearchBody = { filters?: Record<string, unknown> & { q?: unknown } }

/** The longest free-text query a buyer may send. */
export const MAX_SEARCH_QUERY = 200

function segment(query: SearchBody | undefined) {
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
  query.filters.q = queryWords(q)
}

/**
 * `POST /store/search` takes the buyer's words as typed ("梅县蜜柚"); the
 * index holds Chinese text segmented into words, so the free-text `q` of
 * every query is segmented the same way before the Search Module sees it.
 * Runs before Medusa validates the body (a wildcard matcher is registered
 * ahead of the route's own middlewares) and, should that order change,
 * also on the validated body. A `q` that is not text (Medusa's validator
 * accepts any filter tree there) or is overlong is refused with 400.
 */
export function segmentSearchQuery(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    for (const body of [
      req.body,
      (req as { validatedBody?: unknown }).validatedBody,
    ] as unknown[]) {
      if (!body || typeof body !== "object") continue
      const queries = (body as { queries?: unknown }).queries
      if (Array.isArray(queries)) queries.forEach((q) => segment(q as SearchBody))
      else segment(body as SearchBody)
    }
  } catch (error) {
    return next(error)
  }
  next()
}
