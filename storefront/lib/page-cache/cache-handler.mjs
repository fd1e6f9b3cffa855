// @ts-check
/**
 * Next.js' own file-system cache (pages and tagged fetches), made safe
 * against a render that races a revalidation. Loaded by `next start` through
 * `cacheHandler` in next.config.ts; plain JavaScript because Next.js imports
 * it as it is, without compiling it.
 *
 * The race: a page render (or a tagged fetch) begins, reads the backend's
 * data, and the backend's change expires the page's tags (app/api/revalidate)
 * before the render is stored. Next.js stamps the stored entry with the time
 * it is written, so the entry looks newer than the expiry and the old data is
 * served as fresh until its `revalidate` runs out (minutes). A visitor whose
 * request, or a background regeneration, was under way when a price, a stock
 * or a partner's name changed would leave it behind.
 *
 * So this handler notes when the work that will write a key began (the first
 * read of the key since its last write that found it missing, expired or due
 * for regeneration) and refuses the write when one of the entry's tags was
 * expired after that: the entry stays expired and the next request renders it
 * again from fresh data. A page whose tags were not touched is stored as
 * before, and a read answered from a fresh entry starts no work.
 *
 * It also reads an entry whose tag was expired after it was written as
 * missing, judged by the wall clock alone. Next.js stamps entries and expiries
 * with `Date.now()` but asks whether an expiry has come with
 * `performance.timeOrigin + performance.now()`, a clock that runs apart from
 * the wall clock once that is stepped (a time sync, a paused machine). When it
 * lags, an expiry the backend just sent counts as one set for later: the page
 * is served from the cache (as stale, with a render in the background) and
 * the first visitor after a price change sees the old price.
 */
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)
/** @type {any} */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default
/** @type {{ tagsManifest: Map<string, { stale?: number; expired?: number }> }} */
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external")

/** Next.js' header listing the tags a stored page was rendered with. */
const TAGS_HEADER = "x-next-cache-tags"

/**
 * A read older than this does not date a write: a render does not take this
 * long, so whatever that read started has ended without a write.
 */
const LONGEST_RENDER_MS = 120_000

/**
 * When the work that will write each key began: the first read since the key
 * was last written that did not find it fresh. Module-wide, because Next.js
 * makes a handler per request.
 * @type {Map<string, number>}
 */
const began = new Map()

/**
 * The tags an entry depends on: a page's from its header, a fetch's from its
 * options.
 * @param {any} data
 * @param {any} ctx
 * @returns {string[]}
 */
function tagsOf(data, ctx) {
  const header = data?.headers?.[TAGS_HEADER]
  if (typeof header === "string") return header.split(",")
  return Array.isArray(ctx?.tags) ? ctx.tags : []
}

/**
 * Whether a read found an entry Next.js serves as it is, starting no render
 * or fetch that writes the key: within its `revalidate` seconds and none of
 * its tags marked stale since it was written. Unknown is not fresh.
 * @param {any} found what the file-system cache answered
 * @param {any} ctx
 */
function isFresh(found, ctx) {
  if (!found?.value || typeof found.lastModified !== "number") return false
  const seconds =
    typeof ctx?.revalidate === "number"
      ? ctx.revalidate
      : (found.cacheControl?.revalidate ?? found.value.revalidate)
  if (typeof seconds !== "number") return false
  if (Date.now() - found.lastModified >= seconds * 1000) return false
  for (const tag of tagsOf(found.value, ctx)) {
    if ((tagsManifest.get(tag)?.stale ?? 0) > found.lastModified) return false
  }
  return true
}

/**
 * Whether one of `tags` was expired (or marked stale) at or after `since`
 * (an expiry set for later is not one yet).
 * @param {string[]} tags
 * @param {number} since
 */
function changedSince(tags, since) {
  const now = Date.now()
  for (const tag of tags) {
    const entry = tagsManifest.get(tag)
    if (!entry) continue
    const expired = entry.expired !== undefined && entry.expired <= now ? entry.expired : 0
    if (Math.max(expired, entry.stale ?? 0) >= since) return true
  }
  return false
}

/**
 * Whether one of `tags` was expired after `written` and before now, by the
 * wall clock that stamps both (an expiry set for later is not one yet).
 * @param {string[]} tags
 * @param {number} written
 * @param {number} now
 */
function expiredSince(tags, written, now) {
  for (const tag of tags) {
    const expired = tagsManifest.get(tag)?.expired
    if (expired !== undefined && expired > written && expired <= now) return true
  }
  return false
}

export default class RevalidationSafeCache extends FileSystemCache {
  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    const now = Date.now()
    let found = await super.get(key, ctx)
    if (
      found?.value &&
      typeof found.lastModified === "number" &&
      expiredSince([...tagsOf(found.value, ctx), ...(ctx?.softTags ?? [])], found.lastModified, now)
    ) {
      found = null
    }
    if (!isFresh(found, ctx)) {
      const first = began.get(key)
      if (first === undefined || now - first > LONGEST_RENDER_MS) began.set(key, now)
    }
    return found
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    const since = began.get(key)
    began.delete(key)
    // rendered from data read before a change that expired its tags: not stored
    if (data && since !== undefined && changedSince(tagsOf(data, ctx), since)) return
    return super.set(key, data, ctx)
  }
}
