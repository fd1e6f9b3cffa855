import type { ICachingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  CATALOGUE_CHANGES_MODULE,
  type CatalogueChangesModuleService,
  TriggerInstall,
} from "../modules/catalogue-changes"
import { freshState } from "./fresh-state"
import {
  type EtagFunction,
  type ReadyAnswer,
  ReadyAnswers,
  readyAnswer,
  ReplayedAnswers,
  type ReplayedAnswer,
} from "./ready-answers"

/**
 * The store's product answers (list and detail) kept whole in Medusa's
 * Caching Module, in its Redis provider (caching-redis) when REDIS_URL is set,
 * else in Medusa's in-process memory provider (config/redis.ts), named on
 * every call: the module's default provider keeps the store's
 * publishable-key check and the checkout's reads Medusa caches
 * (modules/caching-versioned).
 *
 * Never stale, without relying on events: every entry's key starts with the
 * catalogue's version, which Postgres itself renews in the same transaction
 * as any write to a table a product answer is read from (the
 * catalogue-changes module), and with the latest price-list start or end
 * already passed. The version is read before the answer, so an answer is
 * never older than its key; once anything changes, no reader asks for an
 * older key again. Old entries are then dropped by their tag to free memory.
 * The version is read for many requests at once (fresh-state.ts), and the
 * most asked answers are also kept ready to send in each process
 * (ready-answers.ts), and replayed to a guest's identical request before
 * Medusa's Express app sees it (front-answers.ts).
 */

/** The Caching Module provider the entries are kept in (config/redis.ts). */
const catalogueProviders = () => [process.env.REDIS_URL ? "caching-redis" : "cache-memory"]

/** Tag of every catalogue entry. */
export const CATALOGUE_TAG = "store-catalogue"
/** Seconds an entry lives at most (a change makes it unreachable anyway). */
const ENTRY_TTL = Number(process.env.CATALOGUE_CACHE_TTL || 3600)
/** After a failed trigger install, the cache stays off this long before trying again. */
const RETRY_MS = 60_000

const cachingModule = (container: MedusaContainer): ICachingModuleService | undefined =>
  container.resolve<ICachingModuleService | undefined>(Modules.CACHING, { allowUnregistered: true })

const changesModule = (container: MedusaContainer): CatalogueChangesModuleService | undefined =>
  container.resolve<CatalogueChangesModuleService | undefined>(CATALOGUE_CHANGES_MODULE, {
    allowUnregistered: true,
  })

/** This process's trigger install. */
let install: TriggerInstall | null = null
/** The last version this process saw, to drop older entries once. */
let lastVersion: string | null = null
/** The generation (version and price-list window) this process last read. */
let lastGeneration: string | null = null
/** The current version's most asked answers, ready to send. */
const hot = new ReadyAnswers(undefined, ENTRY_TTL * 1000)
/** The current version's answers to guests' requests, as sent whole (front-answers.ts). */
const replays = new ReplayedAnswers(ENTRY_TTL * 1000)

const installOf = (container: MedusaContainer, changes: CatalogueChangesModuleService) =>
  (install ??= new TriggerInstall(
    () => changes.track(),
    RETRY_MS,
    (error) =>
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(`Catalogue cache: off, its triggers could not be installed: ${error.message}`)
  ))

/**
 * The prefix of every entry key as the catalogue is now, or null when the
 * cache is off (no caching module, or the version is not kept);
 * `ownConnection`: the version read as freshState reads it for the answers
 * replayed before the Express app.
 */
export async function catalogueGeneration(
  container: MedusaContainer,
  ownConnection = false
): Promise<string | null> {
  const cache = cachingModule(container)
  const changes = changesModule(container)
  if (!cache || !changes) return null
  const triggers = installOf(container, changes)
  if (!(await triggers.ready())) return null
  let { version, window } = await freshState(changes, ownConnection)
  if (version === null) {
    // no stripes: the database was emptied or restored from a copy made before the
    // triggers were installed; install them again (once) before caching anything
    if (!(await triggers.again())) return null
    ;({ version, window } = await changes.state())
    if (version === null) return null
  }
  if (lastVersion !== null && lastVersion !== version) {
    hot.clear()
    replays.clear()
    dropOldEntries(container, cache)
  }
  lastVersion = version
  lastGeneration = `store-catalogue:${version}:${window ?? "-"}`
  return lastGeneration
}

/** Frees the entries of older versions (unreachable already); a failure costs only memory. */
function dropOldEntries(container: MedusaContainer, cache: ICachingModuleService) {
  cache
    .clear({ tags: [CATALOGUE_TAG], providers: catalogueProviders() })
    .catch((error: Error) =>
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Catalogue cache: old entries not dropped: ${error.message}`)
    )
}

/** A stored answer ready to send, from this process or the Caching Module, or null. */
export async function readEntry(
  container: MedusaContainer,
  key: string,
  etag: EtagFunction | undefined
): Promise<ReadyAnswer | null> {
  const ready = hot.get(key)
  if (ready) return ready
  const cache = cachingModule(container)
  if (!cache) return null
  const data = (await cache.get({ key, providers: catalogueProviders() })) as {
    body?: string
  } | null
  if (typeof data?.body !== "string") return null
  const answer = readyAnswer(data.body, etag)
  hot.set(key, answer)
  return answer
}

/**
 * Stores an answer (its JSON text) and gives it back ready to send; a failure
 * to store it in the Caching Module only costs the next read a miss.
 */
export function writeEntry(
  container: MedusaContainer,
  key: string,
  text: string,
  etag: EtagFunction | undefined
): { answer: ReadyAnswer; stored: Promise<void> } {
  const answer = readyAnswer(text, etag)
  hot.set(key, answer)
  const cache = cachingModule(container)
  const stored = cache
    ? cache.set({
        key,
        data: { body: text },
        tags: [CATALOGUE_TAG],
        ttl: ENTRY_TTL,
        providers: catalogueProviders(),
        options: { autoInvalidate: false },
      })
    : Promise.resolve()
  return { answer, stored }
}

/** An answer as sent to a request with this signature under `generation`, or undefined. */
export function replayedAnswer(generation: string, signature: string): ReplayedAnswer | undefined {
  return replays.get(`${generation}|${signature}`)
}

/** Keeps an answer as it was sent, for identical requests under the same generation. */
export function keepReplay(generation: string, signature: string, answer: ReplayedAnswer): void {
  // an answer of an older generation would never be asked for again
  if (generation === lastGeneration) {
    replays.set(`${generation}|${signature}`, answer)
  }
}
