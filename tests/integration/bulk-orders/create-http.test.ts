/**
 * POST /store/units/me/bulk-orders over HTTP, as a union's 采购员 does it: a
 * 500-row file with 20 bad rows answers exactly those 20 and creates nothing;
 * fixed, it creates one order per recipient with totals exact to the fen and
 * stock reserved at each partner's location; the exact remittance pays it and
 * the ledger credits each town as the unit's (单位) purchases.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { shopSuite } from "../../fixtures/http"
import { units } from "../../fixtures/units"
import {
  bulkRow,
  bulkXlsx,
  type BulkCells,
  uploadBulk,
  writtenCounts,
} from "../../fixtures/bulk-orders"
import { fen, WITHOUT_STRIPE } from "../../fixtures/bank-transfer"
import { eventually } from "../../fixtures/orders"
import { chinaToday } from "../../fixtures/remittances"
import { waitUntilPaid } from "./paying"

const CREATE = "/store/units/me/bulk-orders"
const SKUS = ["MX-POMELO-GOLD-10J", "SJ-RICE-SIMIAO-10J", "SJ-RICE-SIMIAO-5J", "MX-POMELO-GOLD-5J"]

shopSuite({ env: WITHOUT_STRIPE }, (suite) => {
  const { api, store, admin, getContainer } = suite
  const { unitWithMembers } = units(suite)

  it("refuses a file with bad rows whole, then creates, reserves and (paid) credits the towns to the unit", async () => {
    const unit = await unitWithMembers(90)
    const good: BulkCells[] = Array.from({ length: 500 }, (_, i) => bulkRow(i + 1, SKUS[i % 4]))
    const bad = good.map((row) => [...row])
    const spoiled: number[] = []
    for (let i = 7; i < 500 && spoiled.length < 20; i += 24) {
      if (spoiled.length % 2)
        bad[i][1] = "1390000" // a mobile too short
      else bad[i][6] = "NO-SUCH-SKU"
      spoiled.push(i + 2)
    }
    const before = await writtenCounts(getContainer())

    const refused = await uploadBulk(
      api,
      store,
      unit.buyer,
      CREATE,
      await bulkXlsx(bad),
      "订单.xlsx",
      {
        po_number: "GH-2026-118",
      }
    )
    expect(refused.status, JSON.stringify(refused.data).slice(0, 300)).toBe(400)
    expect(refused.data.message).toMatch(/共有 20 处错误，未创建任何订单/)
    expect(refused.data.errors.map((e: any) => e.row)).toEqual(spoiled)
    expect(await writtenCounts(getContainer())).toEqual(before)

    // the clerk fixes the file: the preview's totals are what the bulk order charges
    const preview = await uploadBulk(
      api,
      store,
      unit.buyer,
      `${CREATE}/preview`,
      await bulkXlsx(good)
    )
    expect(preview.data.valid).toBe(true)
    const created = await uploadBulk(
      api,
      store,
      unit.buyer,
      CREATE,
      await bulkXlsx(good),
      "订单.xlsx",
      {
        po_number: "GH-2026-118",
        note: "中秋职工福利",
      }
    )
    expect(created.status, JSON.stringify(created.data).slice(0, 300)).toBe(201)
    const bulk = created.data.bulk_order
    expect(bulk).toMatchObject({
      status: "awaiting_payment",
      currency_code: "cny",
      po_number: "GH-2026-118",
      parcels: 500,
      amount: preview.data.totals.total,
    })
    expect(bulk.reference).toMatch(/^MB/)
    expect(bulk.orders).toHaveLength(500)
    expect(fen(bulk.amount)).toBe(bulk.orders.reduce((s: number, o: any) => s + fen(o.total), 0))
    expect(new Set(bulk.orders.map((o: any) => o.recipient)).size).toBe(500)

    // every line reserved at the location that stocks it (the partner's)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    // (in pages of 50: a joined list with 500 ids would be cut by its row limit)
    const orders: any[] = []
    for (let i = 0; i < bulk.orders.length; i += 50) {
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "metadata", "items.id", "items.variant_sku", "items.quantity"],
        filters: { id: bulk.orders.slice(i, i + 50).map((o: any) => o.id) },
      })
      orders.push(...data)
    }
    expect(orders).toHaveLength(500)
    const lines = (orders as any[]).flatMap((o) => o.items)
    expect(lines.map((l) => l.variant_sku).filter((s) => !SKUS.includes(s))).toEqual([])
    expect(lines).toHaveLength(500)
    // each parcel is its own recipient's order, numbered as the file's rows
    const byId = new Map(orders.map((o: any) => [o.id, o]))
    bulk.orders.forEach((parcel: any) => {
      const order = byId.get(parcel.id)
      expect(order.metadata).toMatchObject({ bulk_order_id: bulk.id, unit_id: unit.unit.id })
      const row = order.metadata.bulk_parcel
      expect(parcel.recipient).toBe(good[row][0])
      expect(order.items.map((l: any) => l.variant_sku)).toEqual([SKUS[row % 4]])
    })
    const reservations = await getContainer()
      .resolve(Modules.INVENTORY)
      .listReservationItems({ line_item_id: lines.map((l) => l.id) }, { take: 1000 })
    expect(reservations).toHaveLength(500)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["sku", "inventory_items.inventory.location_levels.location_id"],
      filters: { sku: SKUS },
    })
    const stockedAt = new Map(
      (variants as any[]).map((v) => [
        v.sku,
        v.inventory_items[0].inventory.location_levels.map((l: any) => l.location_id),
      ])
    )
    const skuOfLine = new Map(lines.map((l) => [l.id, l.variant_sku]))
    for (const r of reservations) {
      expect(stockedAt.get(skuOfLine.get(r.line_item_id!))).toContain(r.location_id)
    }

    // the exact transfer from the unit pays all of it; the ledger credits the towns to the unit
    const paid = await api.post(
      "/admin/remittances",
      {
        amount: bulk.amount,
        payer_name: unit.unit.name,
        paid_at: chinaToday(),
        remark: `${bulk.reference} 中秋福利`,
        bank_serial: "BULK-HTTP-1",
      },
      admin
    )
    expect(paid.data.remittance.status).toBe("matched")
    // the worker captures the 500 orders in the background
    expect((await waitUntilPaid(getContainer(), bulk.id, 480_000)).status).toBe("paid")
    const itemTotal = fen(preview.data.totals.item_total)
    const byTown = await eventually(async () => {
      const { data } = await api.get(`/admin/aid/summary?group_by=town&unit=${unit.unit.id}`, admin)
      return fen(data.total.amount) === itemTotal && data
    }, 120_000)
    const towns = byTown.rows.filter((r: any) => fen(r.amount) > 0)
    const expected = new Map<string, number>()
    for (const p of preview.data.totals.by_town) expected.set(p.label, fen(p.amount))
    expect(new Map(towns.map((r: any) => [r.label, fen(r.amount)]))).toEqual(expected)
    const { data: byUnit } = await api.get(
      "/admin/aid/summary?group_by=unit&buyer_kind=unit",
      admin
    )
    expect(byUnit.rows.find((r: any) => r.key === unit.unit.id)).toMatchObject({
      label: unit.unit.name,
      orders: 500,
    })
  }, 900_000)
})
