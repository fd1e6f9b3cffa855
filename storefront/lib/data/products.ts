import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { StoreProduct } from "@/lib/catalog/types"
import { cached, productTag, TAGS } from "./cache"
import { medusa } from "./medusa"
import { getRegion } from "./regions"

/**
 * Product reads: every published product of the shop's sales channel with
 * partner, town, prices (for the shop's region) and stock. The catalogue is
 * small (tens of products), so lists are filtered, sorted and paginated from
 * one cached read (lib/catalog/listing.ts).
 */

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

const PAGE = 100

function sortVariants(product: StoreProduct): StoreProduct {
  product.variants = [...(product.variants ?? [])].sort(
    (a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0)
  )
  return product
}

/**
 * Every product matching a store-API query, read page by page, variants in
 * their rank order; cached under `tags` (by default the catalogue's, which
 * every listing page shows).
 */
async function listProducts(
  query: Record<string, unknown>,
  tags: string[] = [TAGS.products]
): Promise<StoreProduct[]> {
  const region = await getRegion()
  const all: StoreProduct[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = await medusa.client.fetch<{ products: StoreProduct[]; count: number }>(
      "/store/products",
      {
        query: { ...query, fields: PRODUCT_FIELDS, region_id: region?.id, limit: PAGE, offset },
        ...cached(tags),
      }
    )
    all.push(...page.products)
    if (offset + PAGE >= page.count || page.products.length === 0) break
  }
  return all.map(sortVariants)
}

/** The whole catalogue, newest first. */
export function listCatalogue(): Promise<StoreProduct[]> {
  return listProducts({ order: "-created_at" })
}

/** Products in the given categories (Medusa's category_id filter), newest first. */
export function listProductsInCategories(categoryIds: string[]): Promise<StoreProduct[]> {
  return listProducts({ order: "-created_at", category_id: categoryIds })
}

/** The products with the given ids (in the store API's order). */
export function listProductsById(ids: string[]): Promise<StoreProduct[]> {
  return listProducts({ id: ids })
}

/**
 * A product by its handle, or null. Cached under its own tag (and every
 * product page's), not the catalogue's: another product's change leaves it
 * (and its page) in the cache.
 */
export async function getProduct(handle: string): Promise<StoreProduct | null> {
  const products = await listProducts({ handle }, [productTag(handle), TAGS.productPages])
  return products[0] ?? null
}

export type VariantStock = {
  variant_title: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  inventory_quantity: number
}

type StoreVariantStock = Pick<
  HttpTypes.StoreProductVariant,
  "title" | "manage_inventory" | "allow_backorder" | "inventory_quantity"
>

/** A variant's stock as the store sees it (its sales channel's locations), read fresh; null if unknown. */
export async function variantStock(variantId: string): Promise<VariantStock | null> {
  try {
    const { variant } = await medusa.client.fetch<{ variant: StoreVariantStock }>(
      `/store/product-variants/${encodeURIComponent(variantId)}`,
      { query: { fields: "id,title,manage_inventory,allow_backorder,inventory_quantity" } }
    )
    return {
      variant_title: variant.title,
      manage_inventory: variant.manage_inventory !== false,
      allow_backorder: Boolean(variant.allow_backorder),
      inventory_quantity: Number(variant.inventory_quantity ?? 0),
    }
  } catch {
    return null
  }
}
