/**
 * Creating a bulk order (createBulkOrderWorkflow, from the validator's rows):
 * one Medusa order per recipient with its address, totals exact to the fen,
 * stock reserved at each partner's location, metadata set, the orders unpaid
 * (off the farm's list); and all or nothing: a failure half-way leaves no
 * order, reservation, payment collection or bulk order.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { shopSuite } from "../../fixtures/http"
import { bulkUnit, createBulk, resolvedRows, writtenCounts } from "../../fixtures/bulk-orders"
import { demoFarmHeaders, partnerByHandle } from "../../fixtures/farm"
import { fen } from "../../fixtures/bank-transfer"

shopSuite((shop) => {
  const { api, getContainer } = shop

  it("creates one order per recipient, exact to the fen, stock reserved at each partner's location", async () => {
    const container = getContainer()
    const { unit, buyerCustomerId } = await bulkUnit(shop, 1)
    const rows = await resolvedRows(container, [
      { sku: "MX-POMELO-WHITE-5J", quantity: 3, recipient: "收货人1" },
      { sku: "BC-TOMATO-CHERRY-3J", quantity: 2, recipient: "收货人1" },
      { sku: "MX-POMELO-WHITE-5J", quantity: 1, recipient: "收货人2" },
      { sku: "SJ-BLUEBERRY-4X125G", quantity: 1, recipient: "收货人3" },
    ])
    const result = await createBulk(container, {
      unit_id: unit.id,
      customer_id: buyerCustomerId,
      rows,
      po_number: "CG-2026-118",
    })
    expect(result.reference).toMatch(/^MB\d{8}[2-9A-HJKMNP-Z]{6}$/)
    expect(result.order_ids).toHaveLength(3)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "total",
        "item_total",
        "shipping_total",
        "metadata",
        "customer_id",
        "shipping_address.*",
        "items.id",
        "items.variant_sku",
        "items.quantity",
        "items.unit_price",
        "shipping_methods.amount",
        "shipping_methods.shipping_option_id",
      ],
      filters: { id: result.order_ids },
    })
    const byRecipient = new Map((orders as any[]).map((o) => [o.shipping_address.first_name, o]))
    expect([...byRecipient.keys()].sort()).toEqual(["收货人1", "收货人2", "收货人3"])
    for (const order of orders as any[]) {
      expect(order.metadata).toEqual({
        bulk_order_id: result.id,
        unit_id: unit.id,
        po_number: "CG-2026-118",
        // the parcel's number in the bulk order: the created orders are paired with it
        bulk_parcel: result.order_ids.indexOf(order.id),
      })
      expect(order.customer_id).toBe(buyerCustomerId)
      expect(order.shipping_methods.length).toBeGreaterThan(0)
      expect(fen(order.total)).toBe(fen(order.item_total) + fen(order.shipping_total))
    }
    const first = byRecipient.get("收货人1")
    expect(first.shipping_address).toMatchObject({
      province: "广东省",
      city: "梅州市",
      address_1: "梅县区",
      address_2: "新城华侨城 8 号",
      phone: "13800138001",
    })
    expect(first.items.map((i: any) => [i.variant_sku, Number(i.quantity)]).sort()).toEqual([
      ["BC-TOMATO-CHERRY-3J", 2],
      ["MX-POMELO-WHITE-5J", 3],
    ])
    const lines = rows.reduce((sum, r) => sum + fen(r.line_total), 0)
    const items = (orders as any[]).reduce((sum, o) => sum + fen(o.item_total), 0)
    expect(items).toBe(lines)
    const totals = (orders as any[]).reduce((sum, o) => sum + fen(o.total), 0)
    expect(fen(result.amount)).toBe(totals)

    // the bulk order, linked to its orders
    const {
      data: [bulk],
    } = await query.graph({
      entity: "bulk_order",
      fields: ["id", "status", "amount", "parcels", "reference", "payment_deadline", "orders.id"],
      filters: { id: result.id },
    })
    expect(bulk).toMatchObject({
      status: "awaiting_payment",
      parcels: 3,
      reference: result.reference,
    })
    expect((bulk as any).orders.map((o: any) => o.id).sort()).toEqual([...result.order_ids].sort())
    const days = (new Date((bulk as any).payment_deadline).getTime() - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(14.9)
    expect(days).toBeLessThanOrEqual(15)

    // reservations per line at the partner's location
    const songyuan = await partnerByHandle(container, "songyuan-pomelo-farm")
    const itemIds = (orders as any[]).flatMap((o) => o.items.map((i: any) => i.id))
    const reservations = await container
      .resolve(Modules.INVENTORY)
      .listReservationItems({ line_item_id: itemIds })
    expect(reservations).toHaveLength(4)
    const pomelo = reservations.filter((r: any) =>
      first.items.some(
        (i: any) => i.id === r.line_item_id && i.variant_sku === "MX-POMELO-WHITE-5J"
      )
    )
    expect(pomelo).toMatchObject([{ location_id: songyuan.location_id, quantity: 3 }])

    // unpaid: the farm sees none of it
    const farm = await demoFarmHeaders(api)
    const farmLines = (await api.get("/admin/farm/order-lines", farm)).data.order_lines
    expect(farmLines.filter((l: any) => result.order_ids.includes(l.order_id))).toEqual([])
  })

  it("a failure half-way (stock gone when reserving) leaves nothing behind", async () => {
    const container = getContainer()
    const { unit, buyerCustomerId } = await bulkUnit(shop, 2)
    const rows = await resolvedRows(container, [
      { sku: "MX-POMELO-WHITE-5J", quantity: 1, recipient: "收货人1" },
      { sku: "BC-TOMATO-CHERRY-3J", quantity: 1, recipient: "收货人2" },
      { sku: "MX-POMELO-RED-5J", quantity: 500, recipient: "收货人3" },
    ])
    const before = await writtenCounts(container)
    await expect(
      createBulk(container, { unit_id: unit.id, customer_id: buyerCustomerId, rows })
    ).rejects.toThrow()
    expect(await writtenCounts(container)).toEqual(before)
  })
})
