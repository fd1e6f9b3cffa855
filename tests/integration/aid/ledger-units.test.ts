/**
 * The aid ledger's 单位 purchases: the unit module is the one source. A
 * verified unit's member's paid order is the unit's (with its id); anyone
 * else's is a consumer's; an order the server marked with `metadata.unit_id`
 * (a bulk order) is that unit's; a buyer cannot set that key. The summary's
 * group_by=unit rows carry the units' names, filters and exports included.
 */
import { Modules } from "@medusajs/framework/utils"
import { shopSuite } from "../../fixtures/http"
import { BANK_TRANSFER, payOrder, placeOrder } from "../../fixtures/orders"
import { aidLedger, sum, THREE_TOWNS } from "../../fixtures/aid"
import { units } from "../../fixtures/units"

shopSuite((shop) => {
  const { api, getContainer, admin, store } = shop
  const { ledgerFor, paidItemTotal, summary } = aidLedger(shop)
  const { unitWithMembers, storeCall, customer } = units(shop)

  /** A paid order of `lines` placed as `auth` (a guest without it), once the ledger has its sale. */
  const paidOrder = async (auth?: { headers: Record<string, string> }, lines = THREE_TOWNS) => {
    const placed = await placeOrder(api, getContainer(), store, { lines, auth: auth?.headers })
    await payOrder(api, admin, placed.id)
    return { order: placed, entries: await ledgerFor(placed.id) }
  }

  it("credits a verified unit's member's paid order to the unit, a non-member's to consumers", async () => {
    const verified = await unitWithMembers(1)
    const pending = await unitWithMembers(2, { verify: false })
    const stranger = await customer("stranger@unit-test.example.cn")

    const ofUnit = await paidOrder(verified.buyer)
    expect(ofUnit.entries.length).toBeGreaterThan(0)
    for (const entry of ofUnit.entries) {
      expect(entry).toMatchObject({ buyer_kind: "unit", unit_id: verified.unit.id })
    }
    for (const auth of [pending.admin, stranger, undefined]) {
      const { entries } = await paidOrder(auth)
      for (const entry of entries)
        expect(entry).toMatchObject({ buyer_kind: "consumer", unit_id: null })
    }

    // the order page's 单位 card: the member's unit, none for a stranger's order
    const card = await api.get(`/admin/orders/${ofUnit.order.id}/unit`, admin)
    expect(card.data.unit).toMatchObject({
      id: verified.unit.id,
      name: verified.unit.name,
      status: "verified",
      credit_code: verified.unit.credit_code,
      source: "member",
      role: "buyer",
    })
    const refused = { ...admin, validateStatus: () => true }
    expect((await api.get("/admin/orders/order_missing/unit", refused)).status).toBe(404)

    // group_by=unit: the unit by its name, the other units at zero, the consumers last
    const paid = await paidItemTotal(ofUnit.order.id)
    const report = await summary("group_by=unit")
    expect(report.group_by).toBe("unit")
    const row = report.rows.find((r: any) => r.key === verified.unit.id)
    expect(row).toMatchObject({ label: verified.unit.name, amount: paid, orders: 1 })
    expect(report.rows[report.rows.length - 1]).toMatchObject({
      key: "consumer",
      label: "个人",
      orders: 3,
    })
    expect(report.rows.some((r: any) => r.key === pending.unit.id)).toBe(false)
    expect(sum(report.rows.map((r: any) => r.amount))).toBe(report.total.amount)
    expect(report.total.orders).toBe(4)

    // filters keep working: buyer kind, a town, one unit; unknown values 400/404
    const onlyUnits = await summary("group_by=unit&buyer_kind=unit")
    expect(onlyUnits.rows.map((r: any) => r.key)).toEqual([verified.unit.id])
    expect(onlyUnits.total.amount).toBe(paid)
    const oneUnit = await summary(`group_by=unit&unit=${verified.unit.id}`)
    expect(oneUnit.rows).toHaveLength(1)
    expect(oneUnit.total).toMatchObject({ amount: paid, orders: 1 })
    const town = await summary(`group_by=unit&town=bingcun&unit=${verified.unit.id}`)
    expect(town.total.amount).toBe(
      sum(ofUnit.entries.filter((e) => e.town_name === "丙村镇").map((e) => e.amount))
    )
    const byTown = await summary(`group_by=town&unit=${verified.unit.id}`)
    expect(byTown.total.amount).toBe(paid)
    const entries = await api.get(`/admin/aid/entries?unit=${verified.unit.id}`, admin)
    expect(entries.data.count).toBe(ofUnit.entries.length)
    const refuse = { ...admin, validateStatus: () => true }
    expect(
      (await api.get("/admin/aid/summary?group_by=unit&unit=unit_missing", refuse)).status
    ).toBe(404)
    expect((await api.get("/admin/aid/summary?group_by=units", refuse)).status).toBe(400)
    expect((await api.get("/admin/aid/summary?group_by=unit&buyer_kind=club", refuse)).status).toBe(
      400
    )

    // the export names the unit, in the summary's shape
    const csv = await api.get("/admin/aid/summary/export?group_by=unit&format=csv", admin)
    expect(String(csv.data)).toContain("单位")
    expect(String(csv.data)).toContain(verified.unit.name)
    const xlsx = await api.get("/admin/aid/summary/export?group_by=unit&format=xlsx", {
      ...admin,
      responseType: "arraybuffer",
    })
    expect(xlsx.status).toBe(200)
  })

  it("credits an order the server marked with its unit (a bulk order) to that unit, an unknown unit id to nobody", async () => {
    const { unit } = await unitWithMembers(3)
    const orders = getContainer().resolve(Modules.ORDER)
    const marked = await placeOrder(api, getContainer(), store, {
      lines: THREE_TOWNS,
      provider_id: BANK_TRANSFER,
    })
    const unknown = await placeOrder(api, getContainer(), store, {
      lines: THREE_TOWNS,
      provider_id: BANK_TRANSFER,
    })
    // as the bulk-order workflow does, before the transfer arrives
    await orders.updateOrders([
      { id: marked.id, metadata: { unit_id: unit.id, bulk_order_id: "bulk_test" } },
      { id: unknown.id, metadata: { unit_id: "unit_missing" } },
    ])
    await payOrder(api, admin, marked.id)
    await payOrder(api, admin, unknown.id)
    for (const entry of await ledgerFor(marked.id)) {
      expect(entry).toMatchObject({ buyer_kind: "unit", unit_id: unit.id })
    }
    const card = await api.get(`/admin/orders/${marked.id}/unit`, admin)
    expect(card.data.unit).toMatchObject({ id: unit.id, source: "order", role: null })
    expect((await api.get(`/admin/orders/${unknown.id}/unit`, admin)).data.unit).toBeNull()
    for (const entry of await ledgerFor(unknown.id)) {
      expect(entry).toMatchObject({ buyer_kind: "consumer", unit_id: null })
    }
  })

  it("refuses a buyer's metadata.unit_id and metadata.bulk_order_id on a cart", async () => {
    const { buyer, unit } = await unitWithMembers(4)
    const { data: regions } = await api.get("/store/regions", store)
    const region_id = regions.regions.find((r: any) => r.currency_code === "cny").id
    for (const key of ["unit_id", "bulk_order_id", "aid_import"]) {
      const created = await storeCall("POST", "/store/carts", buyer, {
        region_id,
        metadata: { [key]: unit.id },
      })
      expect(created.status, key).toBe(400)
      expect(created.data.message).toContain(`metadata.${key} is reserved`)
    }
    const cart = await storeCall("POST", "/store/carts", buyer, { region_id })
    expect(cart.status).toBe(200)
    const updated = await storeCall("POST", `/store/carts/${cart.data.cart.id}`, buyer, {
      metadata: { note: "食堂", unit_id: unit.id },
    })
    expect(updated.status).toBe(400)
    const read = await storeCall("GET", `/store/carts/${cart.data.cart.id}`, buyer)
    expect(read.data.cart.metadata?.unit_id).toBeUndefined()
  })
})
