/**
 * The storefront's cache handler (storefront/lib/page-cache/cache-handler.mjs):
 * Next.js' own file-system cache, except that a page or tagged fetch whose
 * render began before one of its tags was expired is not stored, so a change
 * that lands while a visitor's request or a background regeneration is under
 * way is never served as fresh afterwards.
 */
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
// @ts-expect-error plain JavaScript module that Next.js imports as it is
import RevalidationSafeCache from "../../storefront/lib/page-cache/cache-handler.mjs"

type Cache = {
  get(key: string, ctx: object): Promise<{ value: any; lastModified: number } | null>
  set(key: string, data: object, ctx: object): Promise<void>
  revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void>
}

/** A cache held in memory only, as Next.js makes one per request (its disk never holds the keys used here). */
const cache = (): Cache =>
  new RevalidationSafeCache({
    fs: {
      readFile: () => Promise.reject(Object.assign(new Error("absent"), { code: "ENOENT" })),
      existsSync: () => false,
    },
    flushToDisk: false,
    serverDistDir: "/nonexistent/.next/server",
    revalidatedTags: [],
    maxMemoryCacheSize: 8 * 1024 * 1024,
  })

let n = 0
/** A fresh key and tag per test: Next.js' tag manifest and memory cache are process-wide. */
const fresh = () => {
  n += 1
  return { key: `key-${n}-${Date.now()}`, tag: `tag-${n}-${Date.now()}` }
}

/** A partner page's cached backend read, tagged like the storefront's reads. */
const fetchCtx = (tag: string) => ({ kind: "FETCH", revalidate: 300, tags: [tag], softTags: [] })
const fetched = (name: string) => ({
  kind: "FETCH",
  data: {
    headers: {},
    body: Buffer.from(JSON.stringify({ name })).toString("base64"),
    status: 200,
    url: "",
  },
  revalidate: 300,
})
const nameIn = (found: { value: any } | null) =>
  found ? JSON.parse(Buffer.from(found.value.data.body, "base64").toString()).name : null

/** A rendered page, carrying the tags its reads had. */
const pageCtx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false }
const rendered = (tag: string, html: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(""),
  headers: { "x-next-cache-tags": `_N_T_/layout,${tag}` },
  status: 200,
})

describe("the storefront's cache handler", () => {
  it("is the cache the storefront's Next.js uses", async () => {
    // (imported by name: Next.js' types would otherwise join the tests' own)
    const config = "../../storefront/next.config"
    const { default: nextConfig } = (await import(config)) as { default: { cacheHandler?: string } }
    expect(nextConfig.cacheHandler).toBe(
      path.resolve(__dirname, "../../storefront/lib/page-cache/cache-handler.mjs")
    )
  })

  it("stores a read no change interrupted, and answers it from the cache", async () => {
    const { key, tag } = fresh()
    expect(await cache().get(key, fetchCtx(tag))).toBeNull()
    await cache().set(key, fetched("松源茶笋合作社"), fetchCtx(tag))
    expect(nameIn(await cache().get(key, fetchCtx(tag)))).toBe("松源茶笋合作社")
  })

  it("does not store a read that began before its tag was expired, and stores the next one", async () => {
    const { key, tag } = fresh()
    expect(await cache().get(key, fetchCtx(tag))).toBeNull()
    // the backend answers the old name, then the rename expires the tag before the write
    await sleep(5)
    await cache().revalidateTag([tag], { expire: 0 })
    await sleep(5)
    await cache().set(key, fetched("松源茶笋合作社"), fetchCtx(tag))
    expect(await cache().get(key, fetchCtx(tag))).toBeNull()
    await cache().set(key, fetched("梅县区松源云雾茶笋专业合作社"), fetchCtx(tag))
    expect(nameIn(await cache().get(key, fetchCtx(tag)))).toBe("梅县区松源云雾茶笋专业合作社")
  })

  it("does not store a page rendered across its tag's expiry, whichever handler writes it", async () => {
    const { key, tag } = fresh()
    expect(await cache().get(key, pageCtx)).toBeNull()
    await sleep(5)
    await cache().revalidateTag([tag], { expire: 0 })
    await sleep(5)
    await cache().set(key, rendered(tag, "<main>松源茶笋合作社</main>"), pageCtx)
    expect(await cache().get(key, pageCtx)).toBeNull()
  })

  it("stores a page whose render began after the expiry, though the page was served fresh before it", async () => {
    const { key, tag } = fresh()
    expect(await cache().get(key, pageCtx)).toBeNull()
    await cache().set(key, rendered(tag, "<main>旧</main>"), {
      ...pageCtx,
      cacheControl: { revalidate: 300 },
    })
    // read and served from the cache: starts no render
    expect((await cache().get(key, pageCtx))?.value.html).toBe("<main>旧</main>")
    await sleep(5)
    await cache().revalidateTag([tag], { expire: 0 })
    await sleep(5)
    expect(await cache().get(key, pageCtx)).toBeNull()
    await cache().set(key, rendered(tag, "<main>新</main>"), {
      ...pageCtx,
      cacheControl: { revalidate: 300 },
    })
    expect((await cache().get(key, pageCtx))?.value.html).toBe("<main>新</main>")
  })

  it("stores a page rendered after its tag was marked stale, though its expiry is set for later", async () => {
    const { key, tag } = fresh()
    // a stale-while-revalidate expiry: stale at once, expired only in an hour
    await cache().revalidateTag([tag], { expire: 3600 })
    await sleep(5)
    expect(await cache().get(key, pageCtx)).toBeNull()
    await cache().set(key, rendered(tag, "<main>页</main>"), pageCtx)
    expect((await cache().get(key, pageCtx))?.value.html).toBe("<main>页</main>")
  })

  it("reads a page and a fetch as missing once their tag is expired, though the process's monotonic clock lags the wall clock", async () => {
    const page = fresh()
    const read = fresh()
    await cache().set(page.key, rendered(page.tag, "<main>¥31.90</main>"), {
      ...pageCtx,
      cacheControl: { revalidate: 300 },
    })
    await cache().set(read.key, fetched("松源茶笋合作社"), fetchCtx(read.tag))
    expect((await cache().get(page.key, pageCtx))?.value.html).toBe("<main>¥31.90</main>")
    // the wall clock was stepped a minute ahead of the clock performance.now() reads
    const now = performance.now.bind(performance)
    const lagging = vi.spyOn(performance, "now").mockImplementation(() => now() - 60_000)
    try {
      await sleep(5)
      await cache().revalidateTag([page.tag, read.tag], { expire: 0 })
      await sleep(5)
      expect(await cache().get(page.key, pageCtx)).toBeNull()
      expect(await cache().get(read.key, fetchCtx(read.tag))).toBeNull()
    } finally {
      lagging.mockRestore()
    }
  })

  it("stores a page when only other tags were expired during its render", async () => {
    const { key, tag } = fresh()
    const other = fresh().tag
    expect(await cache().get(key, pageCtx)).toBeNull()
    await sleep(5)
    await cache().revalidateTag([other], { expire: 0 })
    await cache().set(key, rendered(tag, "<main>页</main>"), pageCtx)
    expect((await cache().get(key, pageCtx))?.value.html).toBe("<main>页</main>")
  })
})
