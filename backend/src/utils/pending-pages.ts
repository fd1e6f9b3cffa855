import type { PendingCover, PendingPages } from "../modules/catalogue-changes"
import { productTag, STOREFRONT_TAGS as TAGS } from "../shared/storefront-tags"

/**
 * Between the catalogue's pending changes (modules/catalogue-changes: what
 * the triggers noted at each commit) and the storefront's cache tags
 * (shared/storefront-tags.ts).
 */

/** Every catalogue page: a change that names no product (a price list, a category, a town). */
export const EVERY_CATALOGUE_TAG: string[] = [
  TAGS.products,
  TAGS.productPages,
  TAGS.categories,
  TAGS.regions,
  TAGS.provenance,
]

const PRODUCT_PREFIX = productTag("")

/** The tags that expire the pages of pending changes (none when they touch no page). */
export function tagsOfPending(pending: PendingPages): string[] {
  if (pending.everything) return EVERY_CATALOGUE_TAG
  if (!pending.handles.length) return []
  return [TAGS.products, ...pending.handles.map(productTag)]
}

/** What a send of these tags covers of the pending changes (the revalidation subscriber's). */
export function pendingCoveredBy(tags: string[]): PendingCover {
  const sent = new Set(tags)
  const listings = sent.has(TAGS.products)
  return {
    everything: EVERY_CATALOGUE_TAG.every((tag) => sent.has(tag)),
    allProducts: listings && sent.has(TAGS.productPages),
    handles: listings
      ? tags
          .filter((tag) => tag.startsWith(PRODUCT_PREFIX))
          .map((t) => t.slice(PRODUCT_PREFIX.length))
      : [],
  }
}
