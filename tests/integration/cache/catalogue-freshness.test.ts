/**
 * The store's product list and product answers come from the catalogue cache
 * (backend/src/catalog-cache, Medusa's in-process memory provider here: no
 * REDIS_URL), and never stale: each kind of change is read back at once,
 * through the list, the handle and the id routes, all three read (and cached)
 * just before it. A unit member's 协议价 and a guest's retail price are kept
 * apart.
 */
import { catalogue } from "../../fixtures/catalogue"
import { shopSuite } from "../../fixtures/http"
import { RICE_10J, RICE_TIERS, unitPrices } from "../../fixtures/unit-prices"
import { units } from "../../fixtures/units"

shopSuite((suite) => {
  const { api, admin } = suite
  const { unitWithMembers } = units(suite)
  const { variantId, setTiers } = unitPrices(suite)
  const { ids, prepare, get, adminPost, readAll, seen, variantOf, riceStock } = catalogue(suite)

  beforeEach(prepare)

  it("answers a repeated read from the cache, per query", async () => {
    const first = await readAll()
    const second = await readAll()
    expect(second.caches).toEqual(["hit", "hit", "hit"])
    expect(second.byId).toEqual(first.byId)
    expect(second.list).toEqual(first.list)
    // another query is another entry
    const other = await get(`/store/products/${ids.rice}?region_id=${ids.region}&fields=id,title`)
    expect(other.cache).toBe("miss")
    expect(other.data.product.title).toBeTruthy()
    expect(other.data.product.partner).toBeUndefined()
    // a product that does not exist is not found, every time
    expect((await get(`/store/products/prod_missing`)).status).toBe(404)
    expect((await get(`/store/products/prod_missing`)).status).toBe(404)
  })

  it("sends a hit as the miss was sent, ETag included, and 304 to a buyer who has it", async () => {
    const url = `/store/products/${ids.rice}?region_id=${ids.region}&fields=id,title,subtitle`
    const first = await get(url)
    const again = await get(url)
    expect(again.cache).toBe("hit")
    expect(again.data).toEqual(first.data)
    expect(again.etag).toMatch(/^W\/"[0-9a-f]+-/)
    expect(again.etag).toBe(first.etag)
    const kept = await get(url, { headers: { "if-none-match": again.etag! } })
    expect([kept.status, kept.cache]).toEqual([304, "hit"])
    // once the product changes, the buyer's copy is no longer current
    await adminPost(`/admin/products/${ids.rice}`, { subtitle: "新米上市" })
    const changed = await get(url, { headers: { "if-none-match": again.etag! } })
    expect(changed.status).toBe(200)
    expect(changed.data.product.subtitle).toBe("新米上市")
    expect(changed.etag).not.toBe(again.etag)
    await adminPost(`/admin/products/${ids.rice}`, { subtitle: first.data.product.subtitle })
  })

  it("shows a new title and a publish status change at once", async () => {
    await readAll()
    await adminPost(`/admin/products/${ids.rice}`, { title: "畲江丝苗米（新米）" })
    expect(await seen((p) => p.title)).toEqual(Array(3).fill("畲江丝苗米（新米）"))

    await adminPost(`/admin/products/${ids.rice}`, { status: "draft" })
    const hidden = await readAll()
    expect([hidden.list, hidden.byHandle, hidden.byIdStatus]).toEqual([null, null, 404])

    await adminPost(`/admin/products/${ids.rice}`, { status: "published" })
    expect(await seen((p) => p.status)).toEqual(Array(3).fill("published"))
  })

  it("shows a new price at once", async () => {
    const id = await variantId()
    const before = await seen((p) => variantOf(p, id).calculated_price.calculated_amount)
    expect(before).toEqual(Array(3).fill(RICE_10J.retail))
    const { variant } = await api
      .get(`/admin/products/${ids.rice}/variants/${id}?fields=*prices`, admin)
      .then((r: any) => r.data)
    const cny = variant.prices.find((p: any) => p.currency_code === "cny")
    await adminPost(`/admin/products/${ids.rice}/variants/${id}`, {
      prices: [{ id: cny.id, currency_code: "cny", amount: 72 }],
    })
    expect(await seen((p) => variantOf(p, id).calculated_price.calculated_amount)).toEqual(
      Array(3).fill(72)
    )
  })

  it("shows stock changes (inventory level, reservation) at once", async () => {
    const id = await variantId()
    const stock = () => seen((p) => variantOf(p, id).inventory_quantity)
    const [before] = (await stock()) as number[]
    const { item, level } = await riceStock()
    await adminPost(`/admin/inventory-items/${item.id}/location-levels/${level.location_id}`, {
      stocked_quantity: level.stocked_quantity + 25,
    })
    expect(await stock()).toEqual(Array(3).fill(before + 25))

    const reserved = await adminPost(`/admin/reservations`, {
      inventory_item_id: item.id,
      location_id: level.location_id,
      quantity: 5,
    })
    expect(await stock()).toEqual(Array(3).fill(before + 20))
    const removed = await api.delete(`/admin/reservations/${reserved.reservation.id}`, admin)
    expect(removed.status).toBe(200)
    expect(await stock()).toEqual(Array(3).fill(before + 25))
  })

  it("shows a partner's and a town's new name, and a product moved to another partner, at once", async () => {
    const [partner] = await seen((p) => p.partner)
    const town = (partner as any).town
    await adminPost(`/admin/partners/${(partner as any).id}`, { name: "畲江丝苗米合作社（更名）" })
    expect(await seen((p) => p.partner.name)).toEqual(Array(3).fill("畲江丝苗米合作社（更名）"))
    await adminPost(`/admin/towns/${town.id}`, { name: "畲江镇（新）" })
    expect(await seen((p) => p.partner.town.name)).toEqual(Array(3).fill("畲江镇（新）"))

    const { data } = await api.get("/admin/partners?limit=100", admin)
    const other = data.partners.find((p: any) => p.id !== (partner as any).id)
    await adminPost(`/admin/products/${ids.rice}/partner`, { partner_id: other.id })
    expect(await seen((p) => p.partner.id)).toEqual(Array(3).fill(other.id))
  })

  it("keeps a unit member's 协议价 and a guest's retail price apart, and shows new tiers at once", async () => {
    const id = await variantId()
    const tiers = await setTiers(id, { tiers: RICE_TIERS })
    expect(tiers.status, JSON.stringify(tiers.data)).toBe(200)
    const a = await unitWithMembers(90)
    const price = (p: any) => variantOf(p, id).calculated_price.calculated_amount
    // each read twice: the second from the cache
    for (let i = 0; i < 2; i++) {
      expect(await seen(price, a.buyer)).toEqual(Array(3).fill(64))
      expect(await seen(price)).toEqual(Array(3).fill(RICE_10J.retail))
    }
    expect((await readAll(a.buyer)).caches).toEqual(["hit", "hit", "hit"])

    const changed = await setTiers(id, { tiers: [{ min_quantity: 1, amount: "61.00" }] })
    expect(changed.status, JSON.stringify(changed.data)).toBe(200)
    expect(await seen(price, a.buyer)).toEqual(Array(3).fill(61))
    expect(await seen(price)).toEqual(Array(3).fill(RICE_10J.retail))
  })
})
