import { randomUUID } from "node:crypto"
import type {
  ICachingModuleService,
  IPricingModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * The store's product answers (list and detail) kept whole in Medusa's
 * Caching Module: Redis (caching-redis) when REDIS_URL is set, else Medusa's
 * in-process memory provider (medusa-config.ts).
 *
 * Never stale: every entry's key starts with the catalogue's current
 * generation, a random token kept in the cache itself. A change (events.ts)
 * replaces the token, so no entry read or written under an older one is ever
 * answered again, even one whose database read began before the change and
 * is stored after it; the old entries are then dropped by their tag. A read
 * in this process waits for an invalidation still under way.
 */

/** Tag of every catalogue entry. */
export const CATALOGUE_TAG = "store-catalogue"
const GENERATION_KEY = "store-catalogue:generation"
/** Seconds an entry lives at most (it is dropped at the next change anyway). */
const ENTRY_TTL = Number(process.env.CATALOGUE_CACHE_TTL || 3600)
const GENERATION_TTL = 7 * 24 * 3600

/** A generation: its token, and until when it holds at most (epoch ms; null: until a change). */
type Generation = { token: string; until: number | null }

/** The invalidation under way in this process, and the one queued after it. */
let running: Promise<void> | null = null
let queued: Promise<void> | null = null

const cachingModule = (container: MedusaContainer): ICachingModuleService | undefined =>
  container.resolve<ICachingModuleService | undefined>(Modules.CACHING, { allowUnregistered: true })

/**
 * When the next price list starts or ends (its time window, e.g. a unit's
 * 协议价 from a given day): Medusa's prices change then without any event,
 * so a generation lasts no longer. Null when no list has a future boundary.
 */
async function nextPriceListBoundary(container: MedusaContainer): Promise<number | null> {
  const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
  const now = new Date()
  const lists = await pricing.listPriceLists(
    { $or: [{ starts_at: { $gt: now.toISOString() } }, { ends_at: { $gt: now.toISOString() } }] },
    { select: ["id", "starts_at", "ends_at"] }
  )
  const future = lists
    .flatMap((list) => [list.starts_at, list.ends_at])
    .map((at) => (at ? new Date(at).getTime() : NaN))
    .filter((at) => at > now.getTime())
  return future.length ? Math.min(...future) : null
}

/**
 * The catalogue's current generation; a new one is made when there is none
 * (first read, after it expired, or once a price list's time window opened or
 * closed). The token is stored before it is used, so a reader's database read
 * always starts after its generation exists.
 */
export async function currentGeneration(container: MedusaContainer): Promise<string | null> {
  const cache = cachingModule(container)
  if (!cache) return null
  const pending = queued ?? running
  if (pending) await pending
  const stored = (await cache.get({ key: GENERATION_KEY })) as Generation | null
  if (stored?.token && (stored.until === null || Date.now() < stored.until)) return stored.token
  const token = randomUUID()
  const until = await nextPriceListBoundary(container)
  await cache.set({
    key: GENERATION_KEY,
    data: { token, until } satisfies Generation,
    tags: [],
    ttl: GENERATION_TTL,
    options: { autoInvalidate: false },
  })
  return token
}

/** A stored answer (its JSON text), or null. */
export async function readEntry(container: MedusaContainer, key: string): Promise<string | null> {
  const cache = cachingModule(container)
  if (!cache) return null
  const data = (await cache.get({ key })) as { body?: string } | null
  return typeof data?.body === "string" ? data.body : null
}

/** Stores an answer; a failure only costs the next read a miss. */
export async function writeEntry(
  container: MedusaContainer,
  key: string,
  body: string
): Promise<void> {
  const cache = cachingModule(container)
  if (!cache) return
  await cache.set({
    key,
    data: { body },
    tags: [CATALOGUE_TAG],
    ttl: ENTRY_TTL,
    options: { autoInvalidate: false },
  })
}

/**
 * Ends the current generation: entries stored so far are never answered
 * again. The old entries are dropped first (that frees the memory provider,
 * which skips writes when full), then a new token replaces the old one.
 * Bursts (an order emits dozens of events) are coalesced: while one runs, at
 * most one more is queued, and it starts after every change seen so far.
 */
export function invalidateCatalogue(container: MedusaContainer): Promise<void> {
  if (queued) return queued
  if (running) {
    const next = running.then(() => {
      queued = null
      return start(container)
    })
    queued = next
    return next
  }
  return start(container)
}

function start(container: MedusaContainer): Promise<void> {
  const run = newGeneration(container).finally(() => {
    if (running === run) running = null
  })
  running = run
  return run
}

async function newGeneration(container: MedusaContainer): Promise<void> {
  const cache = cachingModule(container)
  if (!cache) return
  try {
    await cache.clear({ tags: [CATALOGUE_TAG] })
    await cache.set({
      key: GENERATION_KEY,
      data: {
        token: randomUUID(),
        until: await nextPriceListBoundary(container),
      } satisfies Generation,
      tags: [],
      ttl: GENERATION_TTL,
      options: { autoInvalidate: false },
    })
  } catch (error) {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    logger.error(`Catalogue cache: invalidation failed: ${(error as Error).message}`)
  }
}
