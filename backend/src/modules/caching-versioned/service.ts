import type { ICachingProviderService } from "@medusajs/framework/types"
import { freshState } from "../../catalog-cache/fresh-state"
import type { CatalogueChangesModuleService, CatalogueState } from "../catalogue-changes"
import { CATALOGUE_CHANGES_MODULE, TriggerInstall } from "../catalogue-changes"
import { type Group, groupOf, isVersioned } from "./entities"

/**
 * The tag Medusa's publishable-key check (ensurePublishableApiKeyMiddleware,
 * run before every /store request) gives its cached query.
 */
export const STORE_KEY_TAG = "LinkPublishableApiKeySalesChannel:list:*"
/** Seconds a key check is kept at most: the bound on a change Medusa's events do not reach. */
export const STORE_KEY_TTL = 30
/** Key checks kept at most (one per publishable key asked for). */
const MAX_KEY_ENTRIES = 1_000
/** How long after a failed install of the triggers it is tried again. */
const INSTALL_RETRY_MS = 10_000
/** Keys remembered at most as misses, and as answers never kept by version. */
const MAX_KEYS = 10_000
/** Invalidation tags that may concern a key or its sales channels: every key check goes. */
const KEY_RELATED = /api.?key|sales.?channel/i
/** Characters of JSON the versioned answers may hold at most (about 2 bytes each). */
const MAX_VERSIONED_CHARS = 8 * 1024 * 1024

type Stamps = Record<Group, string>

/**
 * What a versioned answer is kept under besides its key: its group's version and the
 * price-list window.
 */
const stampsOf = (state: CatalogueState): Stamps | null =>
  state.version === null
    ? null
    : {
        all: `${state.version}|${state.window ?? ""}`,
        exceptStock: `${state.versionExceptStock ?? state.version}|${state.window ?? ""}`,
      }

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
 *   version (modules/catalogue-changes), or, for an answer that names no
 *   stock level or reservation (STOCK_ENTITIES), under the version of every
 *   table but the stock's, so that orders' reservations do not drop the
 *   region and shipping reads: every get reads the versions
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
  /** The answers kept, as JSON, by group; a key is in one at most. */
  private readonly versioned = new Map<string, string>()
  private readonly versionedExceptStock = new Map<string, string>()
  /** The stamps read by the latest miss of each key not yet answered by its set. */
  private readonly misses = new Map<string, Stamps>()
  /** Keys whose latest answer could not be kept by version: their gets read no version. */
  private readonly unversioned = new Set<string>()
  private stamps: Stamps | null = null
  private chars = 0
  /** The triggers' install, made with the catalogue module when first asked for. */
  private triggers: TriggerInstall | null = null

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

  private kept(group: Group) {
    return group === "all" ? this.versioned : this.versionedExceptStock
  }

  /** The current stamps, read after this call began; null when they cannot be read. */
  private async readStamps(): Promise<Stamps | null> {
    const changes = this.changes()
    if (!changes) return null
    let stamps: Stamps | null
    try {
      // nothing is kept before the triggers are on every tracked table
      const triggers = (this.triggers ??= new TriggerInstall(
        () => changes.track(),
        INSTALL_RETRY_MS
      ))
      if (!(await triggers.ready())) return null
      let state = await freshState(changes, true)
      if (state.version === null) {
        if (!(await triggers.again())) return null
        state = await freshState(changes, true)
      }
      stamps = stampsOf(state)
    } catch {
      return null
    }
    // reads are answered in the order they were sent: a new stamp is newer than every answer
    // held in its group (the misses stay: a miss of an older version makes a later one of its
    // key a conflict)
    for (const group of ["all", "exceptStock"] as const) {
      if (stamps?.[group] !== this.stamps?.[group]) this.dropGroup(group)
    }
    this.stamps = stamps
    return stamps
  }

  private dropGroup(group: Group) {
    const kept = this.kept(group)
    for (const json of kept.values()) this.chars -= json.length
    kept.clear()
  }

  async get({ key, tags }: { key?: string; tags?: string[] }): Promise<object | null> {
    if (!key) return null
    if (tags?.includes(STORE_KEY_TAG)) return this.keyCheck(key)
    if (this.unversioned.has(key)) return null
    const stamps = await this.readStamps()
    if (stamps === null) return null
    for (const kept of [this.versionedExceptStock, this.versioned]) {
      const json = kept.get(key)
      if (json === undefined) continue
      // most recently used last: the first entry is the one to go when full
      kept.delete(key)
      kept.set(key, json)
      return JSON.parse(json) as object
    }
    const earlier = this.misses.get(key)
    // a miss whose query failed is never set: the misses held stay bounded
    if (earlier === undefined && this.misses.size >= MAX_KEYS) this.misses.clear()
    const stampOf = (group: Group) =>
      earlier === undefined || earlier[group] === stamps[group] ? stamps[group] : CONFLICT
    this.misses.set(key, { all: stampOf("all"), exceptStock: stampOf("exceptStock") })
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
    const stamps = this.misses.get(key)
    this.misses.delete(key)
    if (!tags || !isVersioned(tags)) {
      // a customer, a cart, an answer naming no entity: asked again, it reads no version
      if (this.unversioned.size >= MAX_KEYS) this.unversioned.clear()
      this.unversioned.add(key)
      return
    }
    this.unversioned.delete(key)
    // kept only under its group's stamp read before the data, and only while it is the latest
    const group = groupOf(tags)
    if (stamps === undefined || !this.stamps || stamps[group] !== this.stamps[group]) return
    const json = JSON.stringify(data)
    if (json.length > MAX_VERSIONED_CHARS / 4) return
    this.forget(key)
    // the answers kept by every table's version go first: they live the shortest
    for (const kept of [this.versioned, this.versionedExceptStock]) {
      while (this.chars + json.length > MAX_VERSIONED_CHARS && kept.size) {
        this.forget(kept.keys().next().value as string)
      }
    }
    this.kept(group).set(key, json)
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
    for (const kept of [this.versioned, this.versionedExceptStock]) {
      const json = kept.get(key)
      if (json === undefined) continue
      kept.delete(key)
      this.chars -= json.length
    }
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
