/**
 * The catalogue cache's answers replayed before Medusa's Express app
 * (backend/src/catalog-cache/front-answers.ts, docs/production.md#caching).
 * Only `medusa start` loads the instrumentation file that puts them there, so
 * this file runs on the browser tests' production shop, over HTTP as the
 * storefront's server and a browser call the store API: a guest's repeated
 * product read is replayed (`x-catalogue-cache: replay`) with the Express
 * app's own body, ETag and CORS headers, 304 when the caller has it; a change
 * in the admin is in the very next read; a revoked publishable key is refused
 * at once; requests with credentials, another origin or another key get the
 * Express app's own answer.
 */
import http from "node:http"
import { useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin } from "../../fixtures/shop-api"

type Read = {
  status: number
  cache: string | null
  etag: string | null
  origin: string | null
  body: string
}

describe("catalogue answers replayed before the Express app", () => {
  const shop = useShop()
  let admin: (path: string, body?: unknown) => Promise<any>
  let list: string

  /** A store GET with the shop's publishable key and `headers`. */
  const read = async (path: string, headers: Record<string, string> = {}): Promise<Read> => {
    const response = await fetch(`${shop.backendUrl}${path}`, {
      headers: { "x-publishable-api-key": shop.publishableKey, ...headers },
    })
    return {
      status: response.status,
      cache: response.headers.get("x-catalogue-cache"),
      etag: response.headers.get("etag"),
      origin: response.headers.get("access-control-allow-origin"),
      body: await response.text(),
    }
  }

  /**
   * A conditional GET as a browser revalidating its copy sends it (fetch adds
   * `cache-control: no-cache` to a request with `If-None-Match`, which Express
   * and the replays both answer with the whole body).
   */
  const revalidate = (path: string, etag: string) =>
    new Promise<{ status: number; cache: string | undefined; length: number }>(
      (resolve, reject) => {
        const request = http.get(
          `${shop.backendUrl}${path}`,
          { headers: { "x-publishable-api-key": shop.publishableKey, "if-none-match": etag } },
          (response) => {
            let length = 0
            response.on("data", (chunk: Buffer) => (length += chunk.length))
            response.on("end", () =>
              resolve({
                status: response.statusCode ?? 0,
                cache: response.headers["x-catalogue-cache"] as string | undefined,
                length,
              })
            )
          }
        )
        request.on("error", reject)
      }
    )

  /** Reads `path` until the answer is a replay (the first read stores it); answers both. */
  const replayed = async (path: string, headers: Record<string, string> = {}) => {
    const first = await read(path, headers)
    for (let attempt = 0; attempt < 5; attempt++) {
      const again = await read(path, headers)
      if (again.cache === "replay") return { first, again }
    }
    throw new Error(`${path} was never replayed`)
  }

  beforeAll(async () => {
    admin = adminCall(shop.backendUrl, await signInAdmin(shop.backendUrl))
    const regions = await read("/store/regions")
    const regionId = JSON.parse(regions.body).regions[0].id
    list = `/store/products?limit=12&order=title&region_id=${regionId}&fields=*variants.calculated_price,%2Bvariants.inventory_quantity`
    // a catalogue cache whose triggers could not be installed (the shop's database was
    // being replaced by the reset at its first product read) stays off for a minute
    const deadline = Date.now() + 90_000
    while ((await read(list)).cache === null) {
      if (Date.now() > deadline) throw new Error("The catalogue cache stayed off")
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  })

  it("replays the Express app's answer to a guest, 304 when the guest has it", async () => {
    const { first, again } = await replayed(list)
    expect(first.status).toBe(200)
    expect(again.status).toBe(200)
    expect(again.body).toBe(first.body)
    expect(again.etag).toBe(first.etag)
    expect(JSON.parse(again.body).products).toHaveLength(12)

    // this client sends other headers than fetch: its first request is the Express app's
    const revalidated = [await revalidate(list, again.etag!), await revalidate(list, again.etag!)]
    expect(revalidated[0]).toMatchObject({ status: 304, length: 0 })
    expect(revalidated[1]).toEqual({ status: 304, cache: "replay", length: 0 })
    // another ETag is not the caller's copy
    expect(await revalidate(list, 'W/"0-stale"')).toEqual({
      status: 200,
      cache: "replay",
      length: Buffer.byteLength(first.body),
    })
  })

  it("shows an admin's change in the very next read", async () => {
    const { again } = await replayed(list)
    const product = JSON.parse(again.body).products[0]
    await admin(`/admin/products/${product.id}`, { title: `${product.title}（新采）` })
    const next = await read(list)
    expect(next.status).toBe(200)
    expect(next.cache).not.toBe("replay")
    expect(JSON.parse(next.body).products.map((p: { title: string }) => p.title)).toContain(
      `${product.title}（新采）`
    )
    await admin(`/admin/products/${product.id}`, { title: product.title })
  })

  it("keeps each origin's CORS answer and never replays to a caller with credentials", async () => {
    const allowed = await replayed(list, { origin: shop.storefrontUrl })
    expect(allowed.again.origin).toBe(shop.storefrontUrl)
    const foreign = await read(list, { origin: "https://evil.example" })
    expect(foreign.status).toBe(200)
    expect(foreign.origin).toBeNull()

    await replayed(list)
    const signedIn = await read(list, { authorization: "Bearer not-a-buyer" })
    expect(signedIn.cache).not.toBe("replay")
    const withCookie = await read(list, { cookie: "connect.sid=s%3Aanyone" })
    expect(withCookie.cache).not.toBe("replay")
  })

  it("refuses a publishable key at once when it is revoked", async () => {
    const { api_key: key } = await admin("/admin/api-keys", {
      title: "前置缓存测试",
      type: "publishable",
    })
    const { sales_channels } = await admin("/admin/sales-channels?fields=id")
    await admin(`/admin/api-keys/${key.id}/sales-channels`, {
      add: sales_channels.map((channel: { id: string }) => channel.id),
    })
    const headers = { "x-publishable-api-key": key.token }
    const { again } = await replayed(list, headers)
    expect(again.status).toBe(200)

    await admin(`/admin/api-keys/${key.id}/revoke`, {})
    const refused = await read(list, headers)
    expect(refused.cache).not.toBe("replay")
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(refused.status).toBeLessThan(500)
  })
})
