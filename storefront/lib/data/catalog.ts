import "server-only"
import type { AidImpact, Certificate, StoreProduct } from "@/lib/catalog/types"
import { medusa } from "./medusa"

export type {
  AidImpact,
  Certificate,
  ProductPartner,
  StoreProduct,
  StoreVariant,
} from "@/lib/catalog/types"

/**
 * Catalogue reads for the storefront's pages. Every read is cached by Next.js
 * with a tag; the backend's product, price and inventory events POST to
 * /api/revalidate, which expires the tags at once, so a changed price or
 * stock is never served from the cache.
 */

/** Cache tags, shared with app/api/revalidate. */
export const TAGS = {
  products: "products",
  categories: "categories",
  regions: "regions",
  provenance: "provenance",
  impact: "impact",
} as const

/** Seconds a cached read may be reused when no event expired it first. */
const REVALIDATE = 300

/** Next.js fetch caching options, passed through the sdk's fetch to the global fetch. */
function cached(tags: string[], revalidate = REVALIDATE): {} {
  return { next: { tags, revalidate } }
}

export type StoreCategory = {
  id: string
  name: string
  handle: string
  parent_category_id: string | null
}

export type StoreRegion = { id: string; name: string; currency_code: string }

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "created_at",
  "thumbnail",
  "*images",
  "metadata",
  "*categories",
  "*variants",
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "+variants.metadata",
  "+variants.variant_rank",
  "*partner",
  "*partner.town",
  "*partner.village",
].join(",")

/** The shop's region (中国大陆, CNY): prices are calculated for it. */
export async function getRegion(): Promise<StoreRegion | null> {
  const { regions } = await medusa.client.fetch<{ regions: StoreRegion[] }>("/store/regions", {
    query: { fields: "id,name,currency_code", limit: 50 },
    ...cached([TAGS.regions], 3600),
  })
  return regions.find((r) => r.currency_code === "cny") ?? regions[0] ?? null
}

function sortVariants(product: StoreProduct): StoreProduct {
  product.variants = [...(product.variants ?? [])].sort(
    (a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0)
  )
  return product
}

async function fetchProducts(
  query: Record<string, unknown>,
  tags: string[]
): Promise<StoreProduct[]> {
  const region = await getRegion()
  const all: StoreProduct[] = []
  const limit = 100
  for (let offset = 0; ; offset += limit) {
    const page = await medusa.client.fetch<{ products: StoreProduct[]; count: number }>(
      "/store/products",
      {
        query: { ...query, fields: PRODUCT_FIELDS, region_id: region?.id, limit, offset },
        ...cached([TAGS.products, ...tags]),
      }
    )
    all.push(...page.products)
    if (offset + limit >= page.count || page.products.length === 0) break
  }
  return all.map(sortVariants)
}

/**
 * Every published product of the shop's sales channel, newest first, with
 * partner, town, prices and stock. The catalogue is small (tens of products),
 * so lists are filtered, sorted and paginated from this one cached read.
 */
export function listCatalogue(): Promise<StoreProduct[]> {
  return fetchProducts({ order: "-created_at" }, [])
}

/** Products in the given categories (Medusa's category_id filter). */
export function listProductsInCategories(categoryIds: string[]): Promise<StoreProduct[]> {
  return fetchProducts({ order: "-created_at", category_id: categoryIds }, [])
}

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
  options: { town?: string; page: number; pageSize: number }
): Promise<SearchPage> {
  const { results } = await medusa.client.fetch<SearchResponse>("/store/search", {
    method: "POST",
    body: {
      entity: "product",
      filters: { q, ...(options.town ? { town_handle: options.town } : {}) },
      fields: ["id", "handle"],
      pagination: { skip: (options.page - 1) * options.pageSize, take: options.pageSize },
      search_options: { facets: ["town_handle"], disjunctive_facets: true, count: "exact" },
    },
    cache: "no-store",
  })
  const [result] = results
  const ids = result.hits.map((hit) => hit.id)
  const found = ids.length ? await fetchProducts({ id: ids }, []) : []
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

export async function getProduct(handle: string): Promise<StoreProduct | null> {
  const products = await fetchProducts({ handle }, [`product:${handle}`])
  return products[0] ?? null
}

export async function listCategories(): Promise<StoreCategory[]> {
  const { product_categories } = await medusa.client.fetch<{ product_categories: StoreCategory[] }>(
    "/store/product-categories",
    {
      query: { fields: "id,name,handle,parent_category_id", limit: 100 },
      ...cached([TAGS.categories]),
    }
  )
  return product_categories
}

export type TownDetail = {
  id: string
  handle: string
  name: string
  name_pinyin: string
  district: string | null
  summary: string | null
  description: string | null
  specialties: string[] | null
  villages: { id: string; name: string }[]
  partners: {
    id: string
    handle: string
    name: string
    kind: string
    summary: string | null
    households_involved: number | null
    village: { id: string; name: string } | null
  }[]
}

/** A town, or null when the backend answers 404. */
export async function getTown(handle: string): Promise<TownDetail | null> {
  try {
    const { town } = await medusa.client.fetch<{ town: TownDetail }>(
      `/store/towns/${encodeURIComponent(handle)}`,
      cached([TAGS.provenance])
    )
    return town
  } catch (error: any) {
    if (error?.status === 404) return null
    throw error
  }
}

export type PartnerDetail = {
  id: string
  handle: string
  name: string
  kind: string
  summary: string | null
  story: string | null
  main_products: string | null
  households_involved: number | null
  certificates: Certificate[] | null
  town: { id: string; handle: string; name: string } | null
  village: { id: string; name: string } | null
}

/** A partner's public profile, or null when unknown or inactive. */
export async function getPartner(handle: string): Promise<PartnerDetail | null> {
  try {
    const { partner } = await medusa.client.fetch<{ partner: PartnerDetail }>(
      `/store/partners/${encodeURIComponent(handle)}`,
      cached([TAGS.provenance, TAGS.products])
    )
    return partner
  } catch (error: any) {
    if (error?.status === 404) return null
    throw error
  }
}

/** The public aid counter; null when the route is missing or fails. */
export async function getImpact(): Promise<AidImpact | null> {
  try {
    return await medusa.client.fetch<AidImpact>("/store/aid/impact", cached([TAGS.impact], 60))
  } catch {
    return null
  }
}
