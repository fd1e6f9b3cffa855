import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { queryWords } from "../../search/chinese-words"

type SearchBody = { filters?: Record<string, unknown> & { q?: unknown } }

function segment(query: SearchBody | undefined) {
  const q = query?.filters?.q
  if (typeof q === "string") query!.filters!.q = queryWords(q)
}

/**
 * `POST /store/search` takes the buyer's words as typed ("梅县蜜柚"); the
 * index holds Chinese text segmented into words, so the free-text `q` of
 * every query is segmented the same way before the Search Module sees it.
 * Runs before Medusa validates the body (a wildcard matcher is registered
 * ahead of the route's own middlewares) and, should that order change,
 * also on the validated body.
 */
export function segmentSearchQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  for (const body of [req.body, (req as { validatedBody?: unknown }).validatedBody] as unknown[]) {
    if (!body || typeof body !== "object") continue
    const queries = (body as { queries?: unknown }).queries
    if (Array.isArray(queries)) queries.forEach((q) => segment(q as SearchBody))
    else segment(body as SearchBody)
  }
  next()
}
