/**
 * The aid ledger's sales: an order's lines credited to their towns and
 * partners once paid (with a promotion, by bank transfer at the capture),
 * nothing for an order canceled unpaid, each event counted once, and a sale
 * kept with its partner when the product moves.
 */
import { shopSuite } from "../../fixtures/http"
import { Modules } from "@medusajs/framework/utils"
import { backendRequire } from "../../fixtures/medusa"
import {
  BANK_TRANSFER,
  payOrder,
  placeOrder,
  receiveTransfer,
  syncLedger,
} from "../../fixtures/orders"
import { aidLedger, sum, THREE_TOWNS } from "../../fixtures/aid"

shopSuite((shop) => {
  const { api, getContainer, admin, store } = shop
  const {
    entriesOf,
    ledgerFor,
    order,
    paidItemTotal,
    capturedPayment,
    awaiting,
    impact,
    summary,
    reconcile,
    createPromotion,
  } = aidLedger(shop)

  it("credits an order from three towns with a promotion: the towns' amounts sum exactly to the paid item total", async () => {
    await createPromotion("XIANGCUN17", 17)
    const placed = await order(THREE_TOWNS, ["XIANGCUN17"])
    const entries = await entriesOf(placed.id)
    expect(entries).toHaveLength(3)
    expect(new Set(entries.map((e) => e.town_name))).toEqual(
      new Set(["丙村镇", "畲江镇", "松源镇"])
    )
    for (const entry of entries) {
      expect(entry.amount).toMatch(/^\d+\.\d{2}$/)
      expect(entry.buyer_kind).toBe("consumer")
    }

    const paid = await paidItemTotal(placed.id)
    const { data: full } = await api.get(
      `/admin/orders/${placed.id}?fields=discount_total,original_item_total`,
      admin
    )
    expect(Number(full.order.discount_total)).toBeGreaterThan(0)
    expect(sum(entries.map((e) => e.amount))).toBe(paid)

    const report = await summary()
    expect(report.total.amount).toBe(paid)
    expect(sum(report.rows.map((r: any) => r.amount))).toBe(paid)
    expect(report.total.orders).toBe(1)
    const { data: towns } = await api.get("/store/towns", store)
    expect(report.rows.map((r: any) => r.label).sort()).toEqual(
      towns.towns.map((t: any) => t.name).sort()
    )
    const bingcun = report.rows.find((r: any) => r.label === "丙村镇")
    expect(bingcun.amount).toBe(
      sum(entries.filter((e) => e.town_name === "丙村镇").map((e) => e.amount))
    )
    expect(bingcun.orders).toBe(1)
    expect(report.rows.find((r: any) => r.label === "南口镇")).toMatchObject({
      amount: "0.00",
      orders: 0,
    })

    const byMonth = await summary("group_by=month")
    expect(sum(byMonth.rows.map((r: any) => r.amount))).toBe(paid)
    const byPartner = await summary("group_by=partner&town=bingcun")
    expect(byPartner.total.amount).toBe(bingcun.amount)
    expect((await reconcile()).difference_total).toBe("0.00")
  })

  it("credits a bank-transfer order only once its payment is captured, dated at the capture, once", async () => {
    const placed = await placeOrder(api, getContainer(), store, {
      lines: THREE_TOWNS,
      provider_id: BANK_TRANSFER,
    })
    const items = await paidItemTotal(placed.id)
    await syncLedger(getContainer(), [placed.id])
    // placed, authorized, not paid: nowhere in the ledger or its reports
    expect(await entriesOf(placed.id)).toEqual([])
    expect((await summary()).total).toMatchObject({ amount: "0.00", orders: 0, quantity: 0 })
    expect((await impact()).total).toBe("0.00")
    let reconciliation = await reconcile()
    expect(reconciliation).toMatchObject({
      orders_checked: 1,
      mismatch_count: 0,
      difference_total: "0.00",
    })
    // but waiting for its payment, with what each town will receive
    const waiting = await awaiting()
    expect(waiting).toMatchObject({ orders: 1, amount: items, currency_code: "cny" })
    expect(waiting.towns.map((t: any) => t.label).sort()).toEqual(["丙村镇", "松源镇", "畲江镇"])
    expect(sum(waiting.towns.map((t: any) => t.amount))).toBe(items)

    // part of the money arrives: still not paid
    const { data } = await api.get(
      `/admin/orders/${placed.id}?fields=*payment_collections.payments`,
      admin
    )
    const payment = data.order.payment_collections[0].payments[0]
    expect(payment.provider_id).toBe(BANK_TRANSFER)
    await receiveTransfer(api, admin, payment.id, "10.00")
    await syncLedger(getContainer(), [placed.id])
    expect(await entriesOf(placed.id)).toEqual([])
    expect((await awaiting()).orders).toBe(1)

    // the rest arrives: the sale is credited, dated at the capture that completed the payment
    await payOrder(api, admin, placed.id)
    const entries = await ledgerFor(placed.id)
    expect(entries).toHaveLength(3)
    expect(sum(entries.map((e) => e.amount))).toBe(items)
    const { data: paid } = await api.get(
      `/admin/orders/${placed.id}?fields=*payment_collections.payments.captures`,
      admin
    )
    const captures = paid.order.payment_collections[0].payments[0].captures
    const last = Math.max(...captures.map((c: any) => new Date(c.created_at).getTime()))
    expect(entries.every((e) => new Date(e.occurred_at).getTime() === last)).toBe(true)
    expect((await summary()).total).toMatchObject({ amount: items, orders: 1 })
    expect((await impact()).total).toBe(items)
    expect(await awaiting()).toMatchObject({ orders: 0, amount: "0.00", towns: [] })

    // the same capture reported twice counts once
    const before = await summary()
    await getContainer()
      .resolve(Modules.EVENT_BUS)
      .emit([
        { name: "payment.captured", data: { id: payment.id } },
        { name: "payment.captured", data: { id: payment.id } },
      ])
    await syncLedger(getContainer(), [placed.id])
    expect(await entriesOf(placed.id)).toHaveLength(3)
    expect(await summary()).toEqual(before)
    reconciliation = await reconcile()
    expect(reconciliation).toMatchObject({
      orders_checked: 1,
      mismatch_count: 0,
      difference_total: "0.00",
    })
  })

  it("writes nothing for an order canceled before it was paid", async () => {
    const placed = await placeOrder(api, getContainer(), store, {
      lines: THREE_TOWNS,
      provider_id: BANK_TRANSFER,
    })
    expect((await awaiting()).orders).toBe(1)
    await api.post(`/admin/orders/${placed.id}/cancel`, {}, admin)
    await syncLedger(getContainer(), [placed.id])
    expect(await entriesOf(placed.id)).toEqual([])
    expect((await summary()).total).toMatchObject({ amount: "0.00", orders: 0, quantity: 0 })
    expect(await awaiting()).toMatchObject({ orders: 0, amount: "0.00" })
    expect((await reconcile()).difference_total).toBe("0.00")
  })

  it("syncs only the orders the ledger has work for: paid or in it, and not waiting for an import", async () => {
    const unpaid = await placeOrder(api, getContainer(), store, {
      lines: THREE_TOWNS,
      provider_id: BANK_TRANSFER,
    })
    const paid = await order()
    const importing = await order()
    // an import still writing the order (the seed's year of orders) leaves it to the importer
    const { AID_IMPORT_METADATA_KEY, AID_IMPORT_PENDING } = backendRequire(
      "src/workflows/aid/order-facts.ts"
    )
    await getContainer()
      .resolve(Modules.ORDER)
      .updateOrders(importing.id, { metadata: { [AID_IMPORT_METADATA_KEY]: AID_IMPORT_PENDING } })
    const { ordersToSync } = backendRequire("src/workflows/aid/orders-to-sync.ts")
    const ids = [unpaid.id, paid.id, importing.id, "order_unknown"]
    expect(await ordersToSync(getContainer(), ids)).toEqual([paid.id])
    // the module's rule alone: paid, or with entries (both paid orders have theirs)
    const aid = getContainer().resolve<{ ordersToRecord(ids: string[]): Promise<string[]> }>("aid")
    expect(new Set(await aid.ordersToRecord(ids))).toEqual(new Set([paid.id, importing.id]))

    // once its transfer is in, the unpaid order is synced through its capture
    await payOrder(api, admin, unpaid.id)
    expect(await ordersToSync(getContainer(), [unpaid.id])).toEqual([unpaid.id])
    expect(await ledgerFor(unpaid.id)).toHaveLength(3)
  })

  it("counts an event delivered twice, and two workers at once, only once", async () => {
    const placed = await order()
    const before = await summary()
    const container = getContainer()
    const eventBus = container.resolve(Modules.EVENT_BUS)
    const payment = await capturedPayment(placed.id)
    await eventBus.emit([
      { name: "order.placed", data: { id: placed.id } },
      { name: "order.placed", data: { id: placed.id } },
      { name: "payment.captured", data: { id: payment } },
    ])
    const { syncOrderAttributionWorkflow } = backendRequire("src/workflows/aid/index.ts")
    await Promise.all([
      syncOrderAttributionWorkflow(container).run({ input: { order_ids: [placed.id] } }),
      syncOrderAttributionWorkflow(container).run({ input: { order_ids: [placed.id] } }),
    ])
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const entries = await entriesOf(placed.id)
    expect(entries).toHaveLength(3)
    expect(await summary()).toEqual(before)
  })

  it("keeps a sale with its town and partner when the product moves to another partner", async () => {
    const placed = await order()
    const before = await summary()
    const tomato = (await entriesOf(placed.id)).find((e) => e.town_name === "丙村镇")
    const { data: partners } = await api.get("/admin/partners?limit=100", admin)
    const elsewhere = partners.partners.find((p: any) => p.town_id !== tomato.town_id)
    await api.post(
      `/admin/products/${tomato.product_id}/partner`,
      { partner_id: elsewhere.id },
      admin
    )
    expect(await summary()).toEqual(before)

    const payment = await capturedPayment(placed.id)
    await api.post(`/admin/payments/${payment}/refund`, { amount: 3 }, admin)
    const refunds = (await ledgerFor(placed.id, "refund")).filter((e) => e.kind === "refund")
    const tomatoRefund = refunds.find((e) => e.line_item_id === tomato.line_item_id)
    expect(tomatoRefund).toMatchObject({ town_id: tomato.town_id, partner_id: tomato.partner_id })
  })
})
