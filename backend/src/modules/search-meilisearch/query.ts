import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { MatchingStrategies, SearchParams, SearchResponse } from "meilisearch" with {
  "resolution-mode": "import",
}
import { toMeilisearchFilter } from "./filters"

type Query = SearchTypes.ProviderSearchQuery
type Hit = Record<string, unknown>

const DEFAULT_TAKE = 20

function refuse(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/**
 * Medusa's match strategies in Meilisearch's terms. Meilisearch always reads
 * the last word as a prefix, so `all` and `last` both become `all`; `any`
 * becomes `frequency` (drop the most frequent words until something matches).
 */
const STRATEGIES: Record<SearchTypes.SearchMatchStrategy, `${MatchingStrategies}`> = {
  all: "all",
  last: "all",
  any: "frequency",
}

function facetFields(query: Query): string[] {
  return (query.search_options?.facets ?? []).map((facet) => {
    if (typeof facet === "string") return facet
    if (facet.type === "range") refuse(`Meilisearch has no range facets (${facet.field})`)
    return facet.field
  })
}

/** A Medusa provider query as Meilisearch search parameters (for `/multi-search`). */
export function searchParams(query: Query): SearchParams & { indexUid: string } {
  const options = query.search_options ?? {}
  if (options.vector) refuse("The Meilisearch provider does not run vector searches")
  if (query.pagination?.cursor) refuse("The Meilisearch provider paginates with skip and take")
  const sort = Object.entries(query.pagination?.order ?? {})
    .filter(([field]) => field !== "_score")
    .map(([field, dir]) => `${field}:${dir.toLowerCase()}`)
  const facets = facetFields(query)
  const highlight = options.highlight
  const highlightFields = highlight === true ? ["*"] : highlight ? highlight.fields : undefined
  const primaryKey = query.index.primary_key
  const params: SearchParams & { indexUid: string } = {
    indexUid: query.index.physical_name,
    q: query.q ?? "",
    offset: query.pagination?.skip ?? 0,
    limit: query.pagination?.take ?? DEFAULT_TAKE,
    attributesToRetrieve: [...new Set([primaryKey, ...query.attributes_to_retrieve])],
    matchingStrategy: STRATEGIES[options.match_strategy ?? "all"],
    showRankingScore: options.include_score === true || options.min_score !== undefined,
  }
  const filter = toMeilisearchFilter(query.filters)
  if (filter) params.filter = filter
  if (sort.length) params.sort = sort
  if (facets.length) params.facets = facets
  if (options.attributes_to_search_on) params.attributesToSearchOn = options.attributes_to_search_on
  if (options.distinct) params.distinct = options.distinct
  if (options.min_score !== undefined) params.rankingScoreThreshold = options.min_score
  if (options.locales) params.locales = options.locales as SearchParams["locales"]
  if (options.typo_tolerance === false) refuse("Turn typo tolerance off in the index settings")
  if (highlightFields && query.q) {
    params.attributesToHighlight = highlightFields
    if (typeof highlight === "object") {
      if (highlight.pre_tag) params.highlightPreTag = highlight.pre_tag
      if (highlight.post_tag) params.highlightPostTag = highlight.post_tag
      if (highlight.snippet) {
        params.attributesToCrop = highlightFields
        if (typeof highlight.snippet === "object") params.cropLength = highlight.snippet.length
      }
    }
  }
  return params
}

function facetsOf(
  query: Query,
  response: SearchResponse<Hit>
): Record<string, SearchTypes.SearchFacetResult> | undefined {
  const requests = query.search_options?.facets
  if (!requests?.length) return undefined
  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  for (const request of requests) {
    const facet = typeof request === "string" ? { field: request } : request
    const field = facet.field
    if ("type" in facet && facet.type === "stats") {
      const stats = response.facetStats?.[field]
      facets[field] = { type: "stats", min: stats?.min ?? 0, max: stats?.max ?? 0, count: 0 }
      continue
    }
    let values = Object.entries(response.facetDistribution?.[field] ?? {}).map(
      ([value, count]) => ({ value, count })
    )
    const options = facet as { limit?: number; sort?: "count" | "alpha"; query?: string }
    if (options.query) values = values.filter((one) => one.value.includes(options.query!))
    values.sort((a, b) =>
      options.sort === "alpha" ? a.value.localeCompare(b.value) : b.count - a.count
    )
    facets[field] = { type: "value", values: values.slice(0, options.limit ?? values.length) }
  }
  return facets
}

/** A Meilisearch answer in the shape the Search Module expects from every provider. */
export function toSearchResult(
  query: Query,
  response: SearchResponse<Hit>
): SearchTypes.SearchResult {
  const primaryKey = query.index.primary_key
  const wanted = new Set([primaryKey, ...query.attributes_to_retrieve])
  const count = query.search_options?.count === "none" ? null : (response.estimatedTotalHits ?? 0)
  return {
    hits: response.hits.map((hit) => {
      const { _formatted, _rankingScore, ...rest } = hit
      const document = Object.fromEntries(Object.entries(rest).filter(([key]) => wanted.has(key)))
      const formatted = _formatted as Record<string, unknown> | undefined
      return {
        id: String(hit[primaryKey]),
        document,
        ...(typeof _rankingScore === "number" && query.search_options?.include_score
          ? { score: _rankingScore }
          : {}),
        ...(formatted && query.q
          ? {
              highlights: Object.fromEntries(
                Object.entries(formatted)
                  .filter(([key, value]) => key !== primaryKey && typeof value === "string")
                  .map(([key, value]) => [key, [value as string]])
              ),
            }
          : {}),
      }
    }),
    facets: facetsOf(query, response),
    metadata: {
      skip: query.pagination?.skip ?? 0,
      take: query.pagination?.take ?? DEFAULT_TAKE,
      count,
      query: query.q,
      processing_time_ms: response.processingTimeMs,
    },
  }
}
