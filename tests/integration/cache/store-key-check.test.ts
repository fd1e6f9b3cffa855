/**
 * Medusa's publishable-key check runs before every /store request. Its query
 * is kept by the shop's default caching provider (modules/caching-versioned:
 * 30 s at most, in process, apart from the answers it keeps by the
 * catalogue's version, checkout-reads-cache.test.ts): a key revoked or moved
 * to another sales channel through the admin is read anew at once.
 */
import { Modules } from "@medusajs/framework/utils"
import { shopSuite } from "../../fixtures/http"

shopSuite(({ api, admin, getContainer }) => {
  type Headers = { headers: Record<string, string> }
  const asKey = (token: string): Headers => ({ headers: { "x-publishable-api-key": token } })
  /** The shop's store-key provider, as the Caching Module holds it. */
  const provider = () =>
    (getContainer().resolve(Modules.CACHING) as any).providerService.retrieveProvider(
      "caching-versioned"
    ) as { keyChecks: Map<string, unknown> }

  async function newKey(title: string) {
    const { data } = await api.post("/admin/api-keys", { title, type: "publishable" }, admin)
    const { data: channels } = await api.get("/admin/sales-channels?limit=1&fields=id", admin)
    await api.post(
      `/admin/api-keys/${data.api_key.id}/sales-channels`,
      { add: [channels.sales_channels[0].id] },
      admin
    )
    return data.api_key as { id: string; token: string }
  }

  const storeStatus = async (token: string) =>
    (
      await api.get("/store/regions?fields=id", {
        ...asKey(token),
        validateStatus: () => true,
      })
    ).status

  it("invalidates once, where a change is emitted: no catch-all subscriber repeats an interceptor", () => {
    const bus = getContainer().resolve(Modules.EVENT_BUS) as any
    const interceptors = bus.interceptorSubscribers_ as Set<unknown>
    // the Caching Module's invalidation is still called on every event, as it is emitted
    expect(interceptors.size).toBeGreaterThan(0)
    // known by the id the bus stored on the handler (this process's bus wraps subscribers)
    const ids = [...interceptors].map(
      (handler) => (handler as { subscriberId?: string }).subscriberId
    )
    expect(ids.every(Boolean)).toBe(true)
    const repeated = (bus.eventToSubscribersMap.get("*") ?? []).filter(
      ({ id, subscriber }: { id: string; subscriber: unknown }) =>
        interceptors.has(subscriber) || ids.includes(id)
    )
    expect(repeated).toEqual([])
  })

  it("keeps a key's check, and refuses a key at once once the support team revoked it", async () => {
    const key = await newKey("小程序")
    provider().keyChecks.clear()
    expect(await storeStatus(key.token)).toBe(200)
    // the check is kept: one entry, used again by the next request
    expect(provider().keyChecks.size).toBe(1)
    expect(await storeStatus(key.token)).toBe(200)
    expect(provider().keyChecks.size).toBe(1)

    const revoked = await api.post(`/admin/api-keys/${key.id}/revoke`, {}, admin)
    expect(revoked.data.api_key.revoked_at).toBeTruthy()
    expect(await storeStatus(key.token)).toBe(400)
  })

  it("reads a key's sales channels anew at once after the admin changed them", async () => {
    const key = await newKey("团购页")
    const { data: channels } = await api.get("/admin/sales-channels?limit=1&fields=id", admin)
    const products = async () =>
      (await api.get("/store/products?limit=1&fields=id", asKey(key.token))).data.count as number
    expect(await products()).toBeGreaterThan(0)
    await api.post(
      `/admin/api-keys/${key.id}/sales-channels`,
      { remove: [channels.sales_channels[0].id] },
      admin
    )
    const answer = await api.get("/store/products?limit=1&fields=id", {
      ...asKey(key.token),
      validateStatus: () => true,
    })
    // a key with no sales channel: Medusa refuses it for products
    expect(answer.status).toBe(400)
  })
})
