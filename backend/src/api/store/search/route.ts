import type {
  ConfiguredStoreSearch,
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import type { SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { searchTiers, type TierQuery } from "../../../search/forgiving"
import { suggestTable } from "../../../search/suggestions"
import type { SearchMatchedBy } from "../../../types/http/search"
import { scopeStoreQuery, searchModuleOf, type StoreSearchQuery } from "./store-scope"

type Body = StoreSearchQuery | { queries: StoreSearchQuery[] }
type Result = SearchTypes.SearchResult & {
  metadata: SearchTypes.SearchResult["metadata"] & { matched_by?: SearchMatchedBy }
}

/**
 * POST /store/search: Medusa's store search, same request and answer
 * (docs/api.md#search), with queries that forgive on the product index.
 * A product query with text runs the tiers of backend/src/search/forgiving.ts
 * (words, then pinyin, then pinyin one letter corrected) and answers with the
 * first that finds anything, its facets and count, and `metadata.matched_by`
 * naming the tier; `metadata.query` stays the buyer's text. Other queries
 * run as they are.
 */
export const POST = async (
  req: MedusaStoreRequest<Body> & ConfiguredStoreSearch,
  res: MedusaResponse<{ results: Result[] }>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const module = searchModuleOf(req)
  const body = req.validatedBody
  const queries = "queries" in body ? body.queries : [body]
  const scoped = await Promise.all(queries.map((one) => scopeStoreQuery(req, module, one)))

  const run = async (batch: StoreSearchQuery[]): Promise<Result[]> =>
    batch.length ? (await query.search(batch)).map((r) => r.search_result as Result) : []

  const raw = scoped.map((one) =>
    one.entity === "product" && typeof one.filters?.q === "string" ? one.filters.q.trim() : ""
  )
  const vocabulary = raw.some(Boolean) ? await suggestTable(req.scope) : undefined
  const tiers = raw.map((text) => (text ? searchTiers(text, vocabulary) : []))
  const results: (Result | undefined)[] = new Array(scoped.length)

  // Plain queries (no text, other indexes) in one round trip.
  const plain = scoped.flatMap((_, i) => (raw[i] ? [] : [i]))
  ;(await run(plain.map((i) => scoped[i]))).forEach((r, k) => (results[plain[k]] = r))

  // Text queries tier by tier: each still empty tries its next tier, all in one round trip.
  const step = new Array(scoped.length).fill(0)
  for (;;) {
    const pending = scoped.flatMap((_, i) =>
      raw[i] && results[i] === undefined && step[i] < tiers[i].length ? [i] : []
    )
    if (!pending.length) break
    const batch = pending.map((i) => withTier(scoped[i], tiers[i][step[i]]))
    const answers = await run(batch)
    answers.forEach((answer, k) => {
      const i = pending[k]
      const tier = tiers[i][step[i]++]
      const last = step[i] >= tiers[i].length
      if (found(answer) || last) {
        results[i] = withMetadata(answer, raw[i], found(answer) ? tier.tier : undefined)
      }
    })
  }
  // A text with no words and no pinyin (only punctuation) finds nothing.
  scoped.forEach((one, i) => {
    if (raw[i] && results[i] === undefined) results[i] = nothing(one, raw[i])
  })
  res.json({ results: results as Result[] })
}

function withTier(query: StoreSearchQuery, tier: TierQuery): StoreSearchQuery {
  return {
    ...query,
    filters: { ...query.filters, q: tier.q },
    search_options: {
      ...query.search_options,
      ...(tier.match_strategy ? { match_strategy: tier.match_strategy } : {}),
    },
  }
}

function nothing(query: StoreSearchQuery, text: string): Result {
  const skip = query.pagination?.skip ?? 0
  const take = query.pagination?.take ?? 20
  return { hits: [], facets: {}, metadata: { skip, take, count: 0, query: text } }
}

const found = (result: Result) => result.hits.length > 0 || (result.metadata.count ?? 0) > 0

function withMetadata(result: Result, text: string, tier: SearchMatchedBy | undefined): Result {
  return {
    ...result,
    metadata: { ...result.metadata, query: text, ...(tier ? { matched_by: tier } : {}) },
  }
}
