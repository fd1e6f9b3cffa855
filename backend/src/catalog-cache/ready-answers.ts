import type { OutgoingHttpHeaders } from "node:http"
import { LRUCache } from "lru-cache"

/** The type every stored answer is sent with (by the cache middleware and the replays). */
export const JSON_CONTENT_TYPE = "application/json; charset=utf-8"

/** An answer as it goes on the wire: its bytes and its ETag, computed once. */
export type ReadyAnswer = { body: Buffer; etag: string | undefined }

/** Makes an answer's ETag as the Express app would (its "etag fn" setting). */
export type EtagFunction = (body: Buffer) => string | undefined

export function readyAnswer(text: string, etag: EtagFunction | undefined): ReadyAnswer {
  const body = Buffer.from(text, "utf8")
  return { body, etag: etag?.(body) }
}

/** Bytes the hot answers of one process may take (CATALOGUE_CACHE_HOT_MB, default 16). */
function hotBytes(): number {
  const mb = Number(process.env.CATALOGUE_CACHE_HOT_MB || 16)
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : 0
}

/**
 * The most asked answers of the current catalogue version, ready to send, in
 * this process: in front of the Caching Module (Redis or Medusa's memory
 * provider), so that a hit costs neither a Redis round trip, a gunzip and a
 * parse, nor encoding the text and hashing it for its ETag again. An entry's
 * key starts with the version it was read under, so an entry can never go
 * stale; the whole store is emptied when the version changes, to free memory.
 * Bounded by size, least recently used out first (0 turns it off), and by age.
 */
export class ReadyAnswers {
  private readonly store: LRUCache<string, ReadyAnswer> | null

  /** `ttlMs`: how long an entry lives at most, as the Caching Module's entries (0: no limit). */
  constructor(maxBytes = hotBytes(), ttlMs = 0) {
    this.store =
      maxBytes > 0
        ? new LRUCache<string, ReadyAnswer>({
            maxSize: maxBytes,
            sizeCalculation: (answer, key) => answer.body.length + key.length,
            ...(ttlMs > 0 ? { ttl: ttlMs } : {}),
          })
        : null
  }

  get(key: string): ReadyAnswer | undefined {
    return this.store?.get(key)
  }

  set(key: string, answer: ReadyAnswer): void {
    // an answer larger than the whole bound is not kept (the LRU refuses it)
    if (this.store && answer.body.length + key.length <= this.store.maxSize) {
      this.store.set(key, answer)
    }
  }

  clear(): void {
    this.store?.clear()
  }
}

/** An answer with the headers it went out with, to send again as it was. */
export type ReplayedAnswer = { answer: ReadyAnswer; headers: OutgoingHttpHeaders }

/** Requests remembered per process (CATALOGUE_CACHE_REPLAYS, default 1000). */
function replayCount(): number {
  const count = Number(process.env.CATALOGUE_CACHE_REPLAYS ?? 1000)
  return Number.isFinite(count) && count > 0 ? Math.floor(count) : 0
}

/**
 * The answers sent to guests' requests under the current catalogue version,
 * by the request's signature (front-answers.ts). Their bodies are mostly the
 * ready answers' own buffers, but one may outlive its ready answer, so they
 * are bounded by count (0 turns the replays off) and by size as the ready
 * answers are, least recently used out first, and by age.
 */
export class ReplayedAnswers {
  private readonly store: LRUCache<string, ReplayedAnswer> | null

  constructor(ttlMs = 0, max = replayCount(), maxBytes = hotBytes()) {
    this.store =
      max > 0 && maxBytes > 0
        ? new LRUCache<string, ReplayedAnswer>({
            max,
            maxSize: maxBytes,
            sizeCalculation: (replay, key) => replay.answer.body.length + key.length,
            ...(ttlMs > 0 ? { ttl: ttlMs } : {}),
          })
        : null
  }

  get(key: string): ReplayedAnswer | undefined {
    return this.store?.get(key)
  }

  set(key: string, replay: ReplayedAnswer): void {
    if (this.store && replay.answer.body.length + key.length <= this.store.maxSize) {
      this.store.set(key, replay)
    }
  }

  clear(): void {
    this.store?.clear()
  }
}
