import "server-only"
import { cached, TAGS } from "./cache"
import { medusa } from "./medusa"

export type StoreCategory = {
  id: string
  name: string
  handle: string
  parent_category_id: string | null
}

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
