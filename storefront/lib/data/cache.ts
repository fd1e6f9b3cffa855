import "server-only"
import { productTag, STOREFRONT_TAGS } from "@shared/storefront-tags"

/**
 * How the storefront caches its reads of the backend, declared in one place.
 *
 * Catalogue reads (products, categories, the region, towns and partners, the
 * public aid figures) are cached by Next.js under a tag per resource, and one
 * product's read (its page) under that product's own tag. The backend's
 * product, price, stock, provenance and order events POST the tags they touch
 * to /api/revalidate (backend/src/subscribers/storefront-revalidate.ts), which
 * expires them at once, so a changed price or stock is never served from the
 * cache, and another product's page is left alone; without an event a cached answer is
 * reused for at most its resource's `revalidate` seconds. Search answers are
 * never cached; a visitor's cart, account and orders go through the SDK's own
 * methods, which Next.js does not cache.
 */

/** Cache tags, one per cached resource (backend/src/shared/storefront-tags.ts); app/api/revalidate expires them. */
export const TAGS = STOREFRONT_TAGS

/** One product's own tag (its handle), which app/api/revalidate also accepts. */
export { productTag }

/** Seconds a cached read may be reused when no event expired it first. */
export const REVALIDATE = {
  default: 300,
  regions: 3600,
  impact: 60,
} as const

/** The options of a cached read: passed through the SDK's fetch to Next.js' fetch. */
export function cached(
  tags: string[],
  revalidate: number = REVALIDATE.default
): Pick<RequestInit, "next"> {
  return { next: { tags, revalidate } }
}

/** The options of a read that is never cached. */
export const NOT_CACHED = { cache: "no-store" } as const satisfies RequestInit
