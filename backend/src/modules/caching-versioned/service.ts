import type { ICachingProviderService } from "@medusajs/framework/types"
import { freshState } from "../../catalog-cache/fresh-state"
import type { CatalogueChangesModuleService, CatalogueState } from "../catalogue-changes"
import { CATALOGUE_CHANGES_MODULE } from "../catalogue-changes"

/**
 * The tag Medusa's publishable-key check (ensurePublishableApiKeyMiddleware,
 * run before every /store request) gives its cached query.
 */
export const STORE_KEY_TAG = "LinkPublishableApiKeySalesChannel:list:*"
/** Seconds a key check is kept at most: the bound on a change Medusa's events do not reach. */
export const STORE_KEY_TTL = 30
/** Key checks kept at most (one per publishable key asked for). */
const MAX_KEY_ENTRIES = 1_000
/** How often a failed install of the triggers, or a missing version, tries it again. */
const INSTALL_RETRY_MS = 10_000
/** Keys remembered at most as misses, and as answers never kept by version. */
const MAX_KEYS = 10_000
/** Invalidation tags that may concern a key or its sales channels: every key check goes. */
const KEY_RELATED = /api.?key|sales.?channel/i
/** Characters of JSON the versioned answers may hold at most (about 2 bytes each). */
const MAX_VERSIONED_CHARS = 8 * 1024 * 1024

/**
 * The entities (as Medusa's cache tags name them, `Entity:id` or
 * `Entity:list:*`) whose tables the catalogue's version covers
 * (modules/catalogue-changes/repositories: TABLES): an answer is kept by
 * version only if it names at least one entity and every entity it names is
 * here. The checkout's cached reads (regions, the sales channel's stock
 * locations and fulfillment sets, shipping options with their prices, the
 * variants with their stock, price sets, promotions by code) all qualify; a
 * customer, a cart or an order never does.
 */
export const VERSIONED_ENTITIES = new Set([
  "ApiKey",
  "Region",
  "Country",
  "Store",
  "StoreCurrency",
  "StoreLocale",
  "SalesChannel",
  "StockLocation",
  "StockLocationAddress",
  "FulfillmentSet",
  "FulfillmentProvider",
  "ServiceZone",
  "GeoZone",
  "ShippingOption",
  "ShippingOptionRule",
  "ShippingOptionType",
  "ShippingProfile",
  "Product",
  "ProductVariant",
  "ProductOption",
  "ProductOptionValue",
  "ProductImage",
  "ProductCategory",
  "ProductCollection",
  "ProductTag",
  "ProductType",
  "InventoryItem",
  "InventoryLevel",
  "ReservationItem",
  "PriceSet",
  "Price",
  "PriceRule",
  "PriceList",
  "PriceListRule",
  "PricePreference",
  "Promotion",
  "PromotionRule",
  "PromotionRuleValue",
  "ApplicationMethod",
  "Campaign",
  "CampaignBudget",
  "Translation",
  "LinkPublishableApiKeySalesChannel",
  "LinkSalesChannelStockLocation",
  "LinkLocationFulfillmentSet",
  "LinkLocationFulfillmentProvider",
  "LinkShippingOptionPriceSet",
  "LinkProductShippingProfile",
  "LinkProductSalesChannel",
  "LinkProductVariantInventoryItem",
  "LinkProductVariantPriceSet",
])

/** Whether an answer with these tags reads only tables the catalogue's version covers. */
export function isVersioned(tags: string[] | undefined): boolean {
  return (
    !!tags?.length && tags.every((tag) => VERSIONED_ENTITIES.has(tag.slice(0, tag.indexOf(":"))))
  )
}

/** What a versioned answer is kept under besides its key: the version and the price-list window. */
const stampOf = (state: CatalogueState) =>
  state.version === null ? null : `${state.version}|${state.window ?? ""}`

/** A miss whose answer may not be kept: two misses of one key read different versions. */
const CONFLICT = "conflict"

type KeyEntry = { data: object; expiresAt: number }

/**
 * What the provider is made with: the Caching Module's container, which holds the catalogue
 * module because config/redis.ts declares it a dependency of the Caching Module.
 */
type Cradle = Record<string, unknown>

/**
 * The Caching Module's default provider in this shop, with Medusa's `caching`
 * flag on. It keeps two kinds of answers, in this process:
 *
 * - the publishable-key check of store requests (run for every /store
 *   request), for at most 30 s and until Medusa's invalidation names a key
 *   or a sales channel;
 * - the queries Medusa's cart and order workflows cache (regions, the sales
 *   channel's stock locations, shipping options with prices, variants with
 *   stock, price sets, promotions by code), kept under the catalogue's
 *   version (modules/catalogue-changes): every get reads the version
 *   (batched, freshState) before Medusa reads the data on a miss, and the
 *   answer is kept under the version read before it, so a change of any
 *   tracked table, with or without an event (a price list starting, plain
 *   SQL, another process), is read anew at once. Only answers whose every
 *   entity is in VERSIONED_ENTITIES are kept; only those of the latest
 *   version are held, as JSON (each get parses a copy its caller may change,
 *   as Medusa's Redis provider gives it).
 *
 * Medusa's event-based invalidation does not touch the versioned answers
 * (the version covers more than the events do). The store's product answers
 * are cached by the catalogue cache instead (catalog-cache/), on Medusa's
 * memory or Redis provider by name.
 */
export default class VersionedCachingProvider implements ICachingProviderService {
  static identifier = "caching-versioned"

  private readonly keyChecks = new Map<string, KeyEntry>()
  private readonly versioned = new Map<string, string>()
  /** The stamp read by the latest miss of each key not yet answered by its set. */
  private readonly misses = new Map<string, string>()
  /** Keys whose latest answer could not be kept by version: their gets read no version. */
  private readonly unversioned = new Set<string>()
  private stamp: string | null = null
  private chars = 0
  /** The triggers' install (install()), whether it failed, and when it may be tried again. */
  private tracking: Promise<void> | null = null
  private installFailed = false
  private installAgainAt = 0

  constructor(private readonly cradle: Cradle) {}

  /** The catalogue module; undefined where it is not loaded (then nothing is kept by version). */
  private changes(): CatalogueChangesModuleService | undefined {
    try {
      return (this.cradle[CATALOGUE_CHANGES_MODULE] ?? undefined) as
        CatalogueChangesModuleService | undefined
    } catch {
      // not a dependency here (the provider loaded alone)
      return undefined
    }
  }

  /**
   * The triggers' install (changes.track(): idempotent): once per process before anything is
   * kept, since a table tracked since the database's last start has no trigger until then;
   * again, at most every INSTALL_RETRY_MS, after it failed or when the version's rows are
   * missing (`again`: a database restored from a copy made before them).
   */
  private install(changes: CatalogueChangesModuleService, again: boolean): Promise<void> {
    const retry = (again || this.installFailed) && Date.now() >= this.installAgainAt
    if (!this.tracking || retry) {
      this.installAgainAt = Date.now() + INSTALL_RETRY_MS
      this.installFailed = false
      const tracking = changes.track().then(() => undefined)
      tracking.catch(() => {
        if (this.tracking === tracking) this.installFailed = true
      })
      this.tracking = tracking
    }
    return this.tracking
  }

  /** The current stamp, read after this call began; null when it cannot be read. */
  private async readStamp(): Promise<string | null> {
    const changes = this.changes()
    if (!changes) return null
    let stamp: string | null
    try {
      await this.install(changes, false)
      let state = await freshState(changes, true)
      if (state.version === null) {
        await this.install(changes, true)
        state = await freshState(changes, true)
      }
      stamp = stampOf(state)
    } catch {
      return null
    }
    if (stamp !== this.stamp) {
      // reads are answered in the order they were sent: a new stamp is newer than every answer
      // held (the misses stay: a miss of an older version makes a later one of its key a conflict)
      this.stamp = stamp
      this.versioned.clear()
      this.chars = 0
    }
    return stamp
  }

  async get({ key, tags }: { key?: string; tags?: string[] }): Promise<object | null> {
    if (!key) return null
    if (tags?.includes(STORE_KEY_TAG)) return this.keyCheck(key)
    if (this.unversioned.has(key)) return null
    const stamp = await this.readStamp()
    if (stamp === null) return null
    const json = this.versioned.get(key)
    if (json !== undefined) {
      // most recently used last: the first entry is the one to go when full
      this.versioned.delete(key)
      this.versioned.set(key, json)
      return JSON.parse(json) as object
    }
    const earlier = this.misses.get(key)
    // a miss whose query failed is never set: the misses held stay bounded
    if (earlier === undefined && this.misses.size >= MAX_KEYS) this.misses.clear()
    this.misses.set(key, earlier === undefined || earlier === stamp ? stamp : CONFLICT)
    return null
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
    if (tags?.includes(STORE_KEY_TAG)) return this.keepKeyCheck(key, data, ttl)
    const stamp = this.misses.get(key)
    this.misses.delete(key)
    if (!isVersioned(tags)) {
      // a customer, a cart, an answer naming no entity: asked again, it reads no version
      if (this.unversioned.size >= MAX_KEYS) this.unversioned.clear()
      this.unversioned.add(key)
      return
    }
    this.unversioned.delete(key)
    // kept only under the stamp read before the data, and only while it is the latest
    if (stamp === undefined || stamp !== this.stamp) return
    const json = JSON.stringify(data)
    if (json.length > MAX_VERSIONED_CHARS / 4) return
    this.forget(key)
    while (this.chars + json.length > MAX_VERSIONED_CHARS && this.versioned.size) {
      this.forget(this.versioned.keys().next().value as string)
    }
    this.versioned.set(key, json)
    this.chars += json.length
  }

  async clear({ key, tags }: { key?: string; tags?: string[] }): Promise<void> {
    if (key) {
      this.keyChecks.delete(key)
      this.forget(key)
    }
    if (tags?.some((tag) => tag === "*" || KEY_RELATED.test(tag))) this.keyChecks.clear()
  }

  private forget(key: string) {
    const json = this.versioned.get(key)
    if (json === undefined) return
    this.versioned.delete(key)
    this.chars -= json.length
  }

  private keyCheck(key: string): object | null {
    const entry = this.keyChecks.get(key)
    if (!entry) return null
    if (entry.expiresAt <= Date.now()) {
      this.keyChecks.delete(key)
      return null
    }
    return entry.data
  }

  private keepKeyCheck(key: string, data: object, ttl: number | undefined) {
    if (this.keyChecks.size >= MAX_KEY_ENTRIES && !this.keyChecks.has(key)) {
      // the oldest entry goes (a Map keeps its insertion order)
      this.keyChecks.delete(this.keyChecks.keys().next().value as string)
    }
    const seconds = Math.min(ttl ?? STORE_KEY_TTL, STORE_KEY_TTL)
    this.keyChecks.set(key, { data, expiresAt: Date.now() + seconds * 1000 })
  }
}
