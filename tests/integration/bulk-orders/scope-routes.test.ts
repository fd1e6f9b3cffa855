/**
 * Who reads and places bulk orders: every member of the unit reads its bulk
 * orders (list newest first, one with each recipient's order); unit A's
 * members get 404 on unit B's, and nothing of B in their lists; 财务 reads
 * but cannot create (403), nor can a pending unit's buyer; the support team
 * reads every unit's, a farm account none (403).
 */
import { shopSuite } from "../../fixtures/http"
import { bulkUnit, createBulk, resolvedRows } from "../../fixtures/bulk-orders"
import { demoFarmHeaders } from "../../fixtures/farm"

shopSuite((shop) => {
  const { api, getContainer, admin } = shop

  const place = async (unitId: string, customerId: string, po: string) =>
    createBulk(getContainer(), {
      unit_id: unitId,
      customer_id: customerId,
      po_number: po,
      rows: await resolvedRows(getContainer(), [
        { sku: "MX-POMELO-WHITE-5J", quantity: 1, recipient: "收货人1" },
        { sku: "MX-POMELO-WHITE-5J", quantity: 1, recipient: "收货人2" },
      ]),
    })

  it("a unit's members read its bulk orders; another unit's answer 404; 财务 and a pending unit cannot create", async () => {
    const a = await bulkUnit(shop, 80)
    const b = await bulkUnit(shop, 81)
    const a1 = await place(a.unit.id, a.buyerCustomerId, "A-PO-1")
    const a2 = await place(a.unit.id, a.buyerCustomerId, "A-PO-2")
    const b1 = await place(b.unit.id, b.buyerCustomerId, "B-PO-1")
    const { storeCall } = a.u

    for (const actor of [a.admin, a.buyer, a.finance]) {
      const list = await storeCall("GET", "/store/units/me/bulk-orders?limit=1", actor)
      expect(list.status, JSON.stringify(list.data)).toBe(200)
      expect(list.data).toMatchObject({ count: 2, limit: 1, offset: 0 })
      expect(list.data.bulk_orders.map((o: any) => o.id)).toEqual([a2.id])
      const all = await storeCall("GET", "/store/units/me/bulk-orders", actor)
      expect(all.data.bulk_orders.map((o: any) => o.id)).toEqual([a2.id, a1.id])
      expect(JSON.stringify(all.data)).not.toContain(b1.id)

      const one = await storeCall("GET", `/store/units/me/bulk-orders/${a1.id}`, actor)
      expect(one.status).toBe(200)
      expect(one.data.bulk_order).toMatchObject({
        id: a1.id,
        unit_id: a.unit.id,
        reference: a1.reference,
        amount: a1.amount,
        currency_code: "cny",
        status: "awaiting_payment",
        po_number: "A-PO-1",
        parcels: 2,
      })
      expect(one.data.bulk_order.orders).toHaveLength(2)
      expect(one.data.bulk_order.orders[0]).toMatchObject({
        recipient: expect.stringMatching(/^收货人/),
        status: "pending",
        fulfillment_status: "not_fulfilled",
        items: [{ sku: "MX-POMELO-WHITE-5J", quantity: 1 }],
      })

      const other = await storeCall("GET", `/store/units/me/bulk-orders/${b1.id}`, actor)
      expect(other.status).toBe(404)
      expect(JSON.stringify(other.data)).not.toContain(b1.reference)
      const fields = await storeCall(
        "GET",
        `/store/units/me/bulk-orders/${a1.id}?fields=${encodeURIComponent("*orders.customer")}`,
        actor
      )
      expect(fields.status).toBe(400)
    }

    // 财务 reads but does not place; a pending unit's buyer neither
    const byFinance = await storeCall("POST", "/store/units/me/bulk-orders", a.finance, {
      rows: [],
    })
    expect(byFinance.status).toBe(403)
    expect(byFinance.data.message).toContain("采购员")
    const pending = await a.u.unitWithMembers(82, { verify: false })
    const byPending = await storeCall("POST", "/store/units/me/bulk-orders", pending.buyer, {
      rows: [],
    })
    expect(byPending.status).toBe(403)
    expect(byPending.data.message).toContain("认证")
    const stranger = await storeCall("GET", "/store/units/me/bulk-orders")
    expect(stranger.status).toBe(401)
  })

  it("the support team reads every unit's bulk orders; a farm account none", async () => {
    const a = await bulkUnit(shop, 83)
    const made = await place(a.unit.id, a.buyerCustomerId, "A-PO-9")
    const list = await api.get(`/admin/bulk-orders?unit_id=${a.unit.id}`, admin)
    expect(list.data.bulk_orders).toMatchObject([
      { id: made.id, unit: { id: a.unit.id, name: a.unit.name }, parcels: 2 },
    ])
    const found = await api.get(`/admin/bulk-orders?q=${made.reference.slice(-6)}`, admin)
    expect(found.data.bulk_orders.map((o: any) => o.id)).toEqual([made.id])
    const one = await api.get(`/admin/bulk-orders/${made.id}`, admin)
    expect(one.data.bulk_order).toMatchObject({ id: made.id, unit: { name: a.unit.name } })
    expect(one.data.bulk_order.orders).toHaveLength(2)
    const missing = await api.get("/admin/bulk-orders/bulkord_nope", {
      ...admin,
      validateStatus: () => true,
    })
    expect(missing.status).toBe(404)

    const farm = await demoFarmHeaders(api)
    for (const url of ["/admin/bulk-orders", `/admin/bulk-orders/${made.id}`]) {
      const r = await api.get(url, { ...farm, validateStatus: () => true })
      expect(r.status, url).toBe(403)
    }
  })
})
