/**
 * The storefront's cache tags (storefront/lib/data/cache.ts tags its cached
 * reads with them; the backend's revalidation subscriber sends the ones an
 * event touches to the storefront's /api/revalidate, which accepts only these).
 *
 * - `products`: the catalogue read every listing page shows (catalog, home,
 *   town and partner pages);
 * - `product:<handle>`: one product's own read (its product page);
 * - `product-pages`: every product page at once (a change whose products are
 *   not known: a category, a town or partner, a price list);
 * - the others: one resource each.
 */
export const STOREFRONT_TAGS = {
  products: "products",
  productPages: "product-pages",
  categories: "categories",
  regions: "regions",
  provenance: "provenance",
  impact: "impact",
} as const

export type StorefrontTag = (typeof STOREFRONT_TAGS)[keyof typeof STOREFRONT_TAGS]

const PRODUCT_PREFIX = "product:"
/** Medusa's product handles as the storefront's URLs take them (lib/page-cache/paths.ts). */
const HANDLE = /^[a-z0-9][a-z0-9_-]{0,199}$/

/** One product's own tag. */
export const productTag = (handle: string) => `${PRODUCT_PREFIX}${handle}`

const KNOWN = new Set<string>(Object.values(STOREFRONT_TAGS))

/** Whether the storefront's revalidate route takes `tag`: a known tag, or a product's with a valid handle. */
export function isStorefrontTag(tag: string): boolean {
  return (
    KNOWN.has(tag) ||
    (tag.startsWith(PRODUCT_PREFIX) && HANDLE.test(tag.slice(PRODUCT_PREFIX.length)))
  )
}
