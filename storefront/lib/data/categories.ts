import "server-only"
import type { StoreCategory } from "@/lib/catalog/types"
import { cached, TAGS } from "./cache"
import { medusa } from "./medusa"

/** Every product category (the catalogue's filter), parents and children alike. */
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
