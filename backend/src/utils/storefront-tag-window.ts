import { STOREFRONT_TAGS as TAGS } from "../shared/storefront-tags"

/**
 * The tags of the events gathered in one coalescing window of the storefront
 * revalidation subscriber (subscribers/storefront-revalidate.ts).
 *
 * A price deleted for good cannot be read any more, so its product is not
 * known and its event names every product page. Core's
 * updateProductVariantsWorkflow (the admin's "edit a variant's prices")
 * replaces a variant's prices that way: the old rows are deleted, new ones
 * created, and the workflow emits `product-variant.updated` for the variants
 * whose price sets those were, in the same event group. Such a deletion is
 * therefore covered by those variants' own tags. The rule is applied only
 * within one window: a deletion whose group brought no variant update (a
 * price removed by another caller, or the events split across windows)
 * still expires every product page. Never stale rather than quick.
 */

/** A price row's event that cannot be read once the row is gone. */
export const PRICE_DELETED_EVENT = "pricing.price.deleted"
/** The workflow event that names the variants whose prices were replaced in its group. */
export const VARIANT_UPDATED_EVENT = "product-variant.updated"

/** The event group (one workflow run) an event came from, if any. */
export function eventGroupOf(event: { metadata?: unknown }): string | undefined {
  const group = (event.metadata as { eventGroupId?: unknown } | null | undefined)?.eventGroupId
  return typeof group === "string" && group ? group : undefined
}

export class StorefrontTagWindow {
  private readonly tags = new Set<string>()
  /** broad tags of unreadable price deletions, by event group */
  private readonly deletedPrices = new Map<string, Set<string>>()
  /** event groups that updated variants (replacing their prices) */
  private readonly variantGroups = new Set<string>()
  /** the events joined while their tags are still being read */
  private readonly reading: Promise<void>[] = []

  /**
   * Joins an event whose tags are still being read: the window holds every
   * event that arrived while it was open, however long its reads take (a
   * workflow's events arrive together; their reads may not finish together).
   */
  join(event: { name: string; metadata?: unknown }, tags: Promise<string[]>): void {
    // a read that failed outright: every product page, never stale
    const read = tags.catch(() => [TAGS.products, TAGS.productPages])
    this.reading.push(read.then((list) => this.add(event, list)))
  }

  /** Once every joined event's tags are read. */
  async settled(): Promise<void> {
    await Promise.all(this.reading)
  }

  /** Adds an event's tags (storefrontTagsOf). */
  add(event: { name: string; metadata?: unknown }, tags: string[]): void {
    const group = eventGroupOf(event)
    if (group && event.name === VARIANT_UPDATED_EVENT) this.variantGroups.add(group)
    if (group && event.name === PRICE_DELETED_EVENT && tags.includes(TAGS.productPages)) {
      const deferred = this.deletedPrices.get(group) ?? new Set<string>()
      for (const tag of tags) deferred.add(tag)
      this.deletedPrices.set(group, deferred)
      return
    }
    for (const tag of tags) this.tags.add(tag)
  }

  /** The tags to send: every event's, and the deletions' whose group updated no variant. */
  batch(): string[] {
    const all = new Set(this.tags)
    for (const [group, tags] of this.deletedPrices) {
      if (this.variantGroups.has(group)) continue
      for (const tag of tags) all.add(tag)
    }
    return [...all]
  }
}
