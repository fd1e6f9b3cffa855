import type { ICachingProviderService } from "@medusajs/framework/types"

/**
 * The tag Medusa's publishable-key check (ensurePublishableApiKeyMiddleware,
 * run before every /store request) gives its cached query.
 */
export const STORE_KEY_TAG = "LinkPublishableApiKeySalesChannel:list:*"
/** Seconds a key check is kept at most: the bound on a change Medusa's events do not reach. */
export const STORE_KEY_TTL = 30
/** Entries kept at most (one per publishable key asked for). */
const MAX_ENTRIES = 1_000
/** Invalidation tags that may concern a key or its sales channels: every entry goes. */
const KEY_RELATED = /api.?key|sales.?channel/i

type Entry = { data: object; expiresAt: number }

/**
 * The Caching Module's default provider in this shop, with Medusa's `caching`
 * flag on: it keeps only the publishable-key check of store requests (which
 * otherwise reads the key and its sales channels from Postgres for every
 * /store request, cached catalogue hits included), in this process, for at
 * most 30 s and until Medusa's invalidation names a key or a sales channel.
 * Every other query Medusa asks it to cache (the product routes, the cart's
 * variants, shipping options…) it answers with a miss and does not keep:
 * those are invalidated by events only, and a change with no event (a price
 * list starting, plain SQL) would leave them stale. The store's product
 * answers are cached by the catalogue cache instead (catalog-cache/), on
 * Medusa's memory or Redis provider by name.
 */
export default class StoreKeyCachingProvider implements ICachingProviderService {
  static identifier = "caching-store-key"

  private readonly entries = new Map<string, Entry>()

  async get({ key }: { key?: string; tags?: string[] }): Promise<object | null> {
    if (!key) return null
    const entry = this.entries.get(key)
    if (!entry) return null
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key)
      return null
    }
    return entry.data
  }

  async set({
    key,
    data,
    ttl,
    tags,
  }: {
    key: string
    data: object
    ttl?: number
    tags?: string[]
  }): Promise<void> {
    if (!tags?.includes(STORE_KEY_TAG)) return
    if (this.entries.size >= MAX_ENTRIES && !this.entries.has(key)) {
      // the oldest entry goes (a Map keeps its insertion order)
      this.entries.delete(this.entries.keys().next().value as string)
    }
    const seconds = Math.min(ttl ?? STORE_KEY_TTL, STORE_KEY_TTL)
    this.entries.set(key, { data, expiresAt: Date.now() + seconds * 1000 })
  }

  async clear({ key, tags }: { key?: string; tags?: string[] }): Promise<void> {
    if (key) this.entries.delete(key)
    if (tags?.some((tag) => tag === "*" || KEY_RELATED.test(tag))) this.entries.clear()
  }
}
