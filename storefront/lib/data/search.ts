import "server-only"
import type { StoreProduct } from "@/lib/catalog/types"
import { isSoldOut } from "@/lib/catalog/produce"
import type { StoreSearchSuggestResponse } from "@http/search"
import { NOT_CACHED } from "./cache"
import { medusa } from "./medusa"
import { listCatalogue, listProductsById } from "./products"

export type SearchPage = {
  /** The page's products in relevance order, with prices and stock. */
  products: StoreProduct[]
  /** How many products match (all pages). */
  count: number
  /** Matches per town (handle), whatever town filter is applied. */
  towns: { handle: string; count: number }[]
}

type SearchResponse = {
  results: {
    hits: { id: string; document: { id: string; handle: string } }[]
    metadata: { count?: number }
    facets?: Record<string, { type: "value"; values: { value: string; count: number }[] }>
  }[]
}

/**
 * Product search through Medusa's Search Module (`POST /store/search`, the
 * backend's product index: Chinese words of title, description, categories,
 * partner, village and town). The index answers ids in relevance order and
 * the matches per town; prices and stock come from the cached product read,
 * which the backend's events keep fresh.
 */
export async function searchProducts(
  q: string,
  options: { town?: string; page: number; pageSize: number; anyWord?: boolean }
): Promise<SearchPage> {
  const { results } = await medusa.client.fetch<SearchResponse>("/store/search", {
    method: "POST",
    body: {
      entity: "product",
      filters: { q, ...(options.town ? { town_handle: options.town } : {}) },
      fields: ["id", "handle"],
      pagination: { skip: (options.page - 1) * options.pageSize, take: options.pageSize },
      search_options: {
        facets: ["town_handle"],
        disjunctive_facets: true,
        count: "exact",
        ...(options.anyWord ? { match_strategy: "any" } : {}),
      },
    },
    ...NOT_CACHED,
  })
  const [result] = results
  const ids = result.hits.map((hit) => hit.id)
  const found = ids.length ? await listProductsById(ids) : []
  const byId = new Map(found.map((p) => [p.id, p]))
  return {
    products: ids.map((id) => byId.get(id)).filter((p): p is StoreProduct => !!p),
    count: result.metadata.count ?? ids.length,
    towns: (result.facets?.town_handle?.values ?? []).map(({ value, count }) => ({
      handle: value,
      count,
    })),
  }
}

/** How many alternatives a search without results offers, of each kind. */
const ALTERNATIVES = 4

/**
 * What a search that found nothing offers instead: the products that match
 * any one of the query's words (梅县榴莲 → 梅县's products), and products in
 * stock from the catalogue (newest first), without those already shown.
 */
export async function searchAlternatives(
  q: string
): Promise<{ nearest: StoreProduct[]; popular: StoreProduct[] }> {
  const [near, catalogue] = await Promise.all([
    searchProducts(q, { page: 1, pageSize: ALTERNATIVES, anyWord: true }).catch(() => null),
    listCatalogue().catch(() => [] as StoreProduct[]),
  ])
  const nearest = near?.products ?? []
  const shown = new Set(nearest.map((p) => p.id))
  const popular = catalogue.filter((p) => !shown.has(p.id) && !isSoldOut(p)).slice(0, ALTERNATIVES)
  return { nearest, popular }
}

/** The search box's suggestions for what the buyer has typed (`GET /store/search/suggest`). */
export async function suggestSearch(q: string): Promise<StoreSearchSuggestResponse> {
  return medusa.client.fetch<StoreSearchSuggestResponse>("/store/search/suggest", {
    query: { q },
    ...NOT_CACHED,
  })
}
