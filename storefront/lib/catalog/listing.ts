/**
 * Catalog filters, sorting and pagination over the (small) catalogue.
 *
 * Medusa's store product list cannot sort by a region's calculated price, so
 * the storefront reads the whole catalogue once (cached) and sorts, filters
 * and pages it on the server. Categories are filtered by Medusa itself
 * (category_id) before this step.
 */
import type { StoreProduct } from "./types"
import { isInSeason, lowestPriceFen } from "./produce"

export const PAGE_SIZE = 12

export type Sort = "newest" | "price_asc" | "price_desc"
export const SORTS: Sort[] = ["newest", "price_asc", "price_desc"]

export type CatalogQuery = {
  town?: string
  partner?: string
  category?: string
  season?: boolean
  sort: Sort
  page: number
}

function one(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return v && v.trim() ? v.trim() : undefined
}

/** Reads the catalog's query string (unknown values fall back to defaults). */
export function parseCatalogQuery(
  params: Record<string, string | string[] | undefined>
): CatalogQuery {
  const sort = one(params.sort) as Sort | undefined
  const page = Number.parseInt(one(params.page) ?? "1", 10)
  return {
    town: one(params.town),
    partner: one(params.partner),
    category: one(params.category),
    season: one(params.season) === "1",
    sort: sort && SORTS.includes(sort) ? sort : "newest",
    page: Number.isFinite(page) && page > 0 ? page : 1,
  }
}

/** The query string of a catalog page, leaving out defaults. */
export function catalogHref(query: CatalogQuery, changes: Partial<CatalogQuery> = {}): string {
  const next = { ...query, ...changes }
  const params = new URLSearchParams()
  if (next.town) params.set("town", next.town)
  if (next.partner) params.set("partner", next.partner)
  if (next.category) params.set("category", next.category)
  if (next.season) params.set("season", "1")
  if (next.sort !== "newest") params.set("sort", next.sort)
  if (next.page > 1) params.set("page", String(next.page))
  const qs = params.toString()
  return qs ? `/products?${qs}` : "/products"
}

/** A query string with its keys sorted, for comparing two queries. */
function sortedQuery(params: Record<string, string | string[] | undefined>): string {
  const entries = Object.entries(params)
    .flatMap(([key, value]) =>
      Array.isArray(value) ? value.map((v) => [key, v]) : value === undefined ? [] : [[key, value]]
    )
    .sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y))
  const qs = new URLSearchParams(entries).toString()
  return qs ? `?${qs}` : ""
}

/**
 * The short URL of a catalog query string that says more than it needs (the
 * filter form, a plain GET form, sends empty fields and defaults); null when
 * the query string is already the short one.
 */
export function catalogRedirect(params: Record<string, string | string[] | undefined>) {
  const canonical = catalogHref(parseCatalogQuery(params))
  const canonicalParams = Object.fromEntries(new URLSearchParams(canonical.split("?")[1] ?? ""))
  return sortedQuery(params) === sortedQuery(canonicalParams) ? null : canonical
}

/** Filters by town, partner and season, then sorts. */
export function filterAndSort(
  products: StoreProduct[],
  query: CatalogQuery,
  month?: number
): StoreProduct[] {
  const filtered = products.filter(
    (p) =>
      (!query.town || p.partner?.town?.handle === query.town) &&
      (!query.partner || p.partner?.handle === query.partner) &&
      (!query.season || isInSeason(p, month))
  )
  const newest = (a: StoreProduct, b: StoreProduct) =>
    b.created_at.localeCompare(a.created_at) || a.handle.localeCompare(b.handle)
  if (query.sort === "newest") return filtered.sort(newest)
  const direction = query.sort === "price_asc" ? 1 : -1
  return filtered.sort((a, b) => {
    const pa = lowestPriceFen(a)
    const pb = lowestPriceFen(b)
    // Unpriced products go last in both directions.
    if (pa === null || pb === null) return (pa === null ? 1 : 0) - (pb === null ? 1 : 0)
    return (pa - pb) * direction || newest(a, b)
  })
}

export function paginate<T>(items: T[], page: number, size = PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(items.length / size))
  const current = Math.min(Math.max(1, page), pages)
  return {
    items: items.slice((current - 1) * size, current * size),
    page: current,
    pages,
    total: items.length,
  }
}

/** In-season produce first, each group newest first. */
export function inSeasonFirst(products: StoreProduct[], month?: number): StoreProduct[] {
  return [...products].sort((a, b) => Number(isInSeason(b, month)) - Number(isInSeason(a, month)))
}
