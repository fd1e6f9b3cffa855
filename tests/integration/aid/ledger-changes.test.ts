/**
 * The aid ledger after the sale: partial refunds, a refund after a received
 * return, a cancellation, an order edit and an exchange, each reconciling to
 * ¥0.00.
 */
import { shopSuite } from "../../fixtures/http"
import { Modules } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { aidLedger, sum, yuan } from "../../fixtures/aid"
import { receiveReturn, shippingOptionOfLine } from "../../fixtures/orders"

shopSuite((shop) => {
  const { api, getContainer, admin } = shop
  const { entriesOf, ledgerFor, order, paidItemTotal, capturedPayment, summary, reconcile } =
    aidLedger(shop)

  it("spreads a partial refund over the order's lines and reconciles to ¥0.00", async () => {
    const placed = await order()
    const paid = await paidItemTotal(placed.id)
    const payment = await capturedPayment(placed.id)
    await api.post(`/admin/payments/${payment}/refund`, { amount: 20.01 }, admin)
    const entries = await ledgerFor(placed.id, "refund")
    const refunds = entries.filter((e) => e.kind === "refund")
    expect(sum(refunds.map((e) => e.amount))).toBe("-20.01")
    expect(refunds.every((e) => e.quantity === 0)).toBe(true)
    expect((await summary()).total.amount).toBe(yuan(new BigNumber(paid).minus("20.01")))
    const run = await reconcile()
    expect(run).toMatchObject({ mismatch_count: 0, difference_total: "0.00" })
    expect(run.orders_checked).toBeGreaterThanOrEqual(1)
  })

  /**
   * The order's rice line, shipped whole by its farm from the farm's own stock
   * location, and `takeBack`: a return of `quantity` bags received in the goes given.
   */
  const riceShipped = async (orderId: string) => {
    const rice = (await entriesOf(orderId)).find((e) => e.town_name === "畲江镇")
    const { data: farm } = await api.get(`/admin/partners/${rice.partner_id}`, admin)
    const location_id = farm.partner.stock_location.id
    const shipping_option_id = await shippingOptionOfLine(
      getContainer(),
      orderId,
      rice.line_item_id
    )
    const shipped = await api.post(
      `/admin/orders/${orderId}/fulfillments`,
      { items: [{ id: rice.line_item_id, quantity: 3 }], location_id, shipping_option_id },
      { ...admin, validateStatus: () => true }
    )
    expect(shipped.status, JSON.stringify(shipped.data)).toBe(200)
    const [returnOption] = await getContainer()
      .resolve(Modules.FULFILLMENT)
      .listShippingOptions({ name: "退货寄回" })
    const takeBack = (quantity: number, goes = [quantity]) =>
      receiveReturn(api, admin, {
        order_id: orderId,
        location_id,
        shipping_option_id: returnOption.id,
        items: [{ id: rice.line_item_id, quantity }],
        receipts: goes.map((n) => [{ id: rice.line_item_id, quantity: n }]),
      })
    return { rice, takeBack }
  }

  it("pays a refund after a received return back on the returned line", async () => {
    const placed = await order()
    const payment = await capturedPayment(placed.id)
    const { rice, takeBack } = await riceShipped(placed.id)
    // the support team takes one bag back, as in the admin's return flow
    await takeBack(1)
    const afterReturn = await ledgerFor(placed.id, "return")
    expect(afterReturn.find((e) => e.kind === "return")).toMatchObject({
      line_item_id: rice.line_item_id,
      quantity: -1,
      amount: "0.00",
    })
    const unit = new BigNumber(rice.amount).div(3).toFixed(2)
    await api.post(`/admin/payments/${payment}/refund`, { amount: Number(unit) }, admin)
    const afterRefund = await ledgerFor(placed.id, "refund")
    const refunds = afterRefund.filter((e) => e.kind === "refund")
    expect(refunds).toHaveLength(1)
    expect(refunds[0]).toMatchObject({
      line_item_id: rice.line_item_id,
      amount: yuan(new BigNumber(unit).negated()),
    })
    expect((await reconcile()).difference_total).toBe("0.00")
  })

  it("takes out a return received in two goes at each receipt, and its refund from the returned line", async () => {
    const placed = await order()
    const payment = await capturedPayment(placed.id)
    const { rice, takeBack } = await riceShipped(placed.id)
    // two bags are sent back; they arrive one at a time
    await takeBack(2, [1, 1])
    const returned = (await ledgerFor(placed.id, "return", 2)).filter((e) => e.kind === "return")
    expect(returned.map((e) => [e.line_item_id, e.quantity, e.amount])).toEqual([
      [rice.line_item_id, -1, "0.00"],
      [rice.line_item_id, -1, "0.00"],
    ])
    const twoBags = new BigNumber(rice.amount).div(3).times(2).toFixed(2)
    await api.post(`/admin/payments/${payment}/refund`, { amount: Number(twoBags) }, admin)
    const refunds = (await ledgerFor(placed.id, "refund")).filter((e) => e.kind === "refund")
    expect(refunds.map((e) => [e.line_item_id, e.amount])).toEqual([
      [rice.line_item_id, yuan(new BigNumber(twoBags).negated())],
    ])
    expect((await reconcile()).difference_total).toBe("0.00")
  })

  it("reverses a canceled order to zero, after a partial refund too", async () => {
    const placed = await order()
    const payment = await capturedPayment(placed.id)
    await api.post(`/admin/payments/${payment}/refund`, { amount: 5 }, admin)
    await ledgerFor(placed.id, "refund")
    await api.post(`/admin/orders/${placed.id}/cancel`, {}, admin)
    const entries = await ledgerFor(placed.id, "cancellation", 3)
    expect(sum(entries.map((e) => e.amount))).toBe("0.00")
    expect(entries.reduce((q, e) => q + e.quantity, 0)).toBe(0)
    // the ledger only grew: the sale entries are still there
    expect(entries.filter((e) => e.kind === "sale")).toHaveLength(3)
    const report = await summary()
    expect(report.total).toMatchObject({ amount: "0.00", orders: 0, quantity: 0 })
    expect((await reconcile()).difference_total).toBe("0.00")
  })

  it("rebuilds the daily totals as they were kept: a cancelled order leaves only the towns its sale counted", async () => {
    const placed = await order([{ handle: "shejiang-simiao-rice", quantity: 2 }])
    const { data: tea } = await api.get(
      "/admin/products?handle=songyuan-mountain-green-tea&fields=id,*variants",
      admin
    )
    // an edit after the sale adds a line of another town; then the order is cancelled
    await api.post("/admin/order-edits", { order_id: placed.id }, admin)
    await api.post(
      `/admin/order-edits/${placed.id}/items`,
      { items: [{ variant_id: tea.products[0].variants[0].id, quantity: 1 }] },
      admin
    )
    await api.post(`/admin/order-edits/${placed.id}/request`, {}, admin)
    await api.post(`/admin/order-edits/${placed.id}/confirm`, {}, admin)
    await ledgerFor(placed.id, "edit")
    await api.post(`/admin/orders/${placed.id}/cancel`, {}, admin)
    await ledgerFor(placed.id, "cancellation", 2)
    const byTown = async () =>
      (await api.get("/admin/aid/summary?group_by=town", admin)).data.rows.map((r: any) => [
        r.label,
        r.amount,
        r.orders,
      ])
    const kept = await byTown()
    expect(kept.find((r: any[]) => r[0] === "松源镇")[2]).toBeGreaterThanOrEqual(0)
    await getContainer()
      .resolve<{ rebuildDailyTotals: () => Promise<void> }>("aid")
      .rebuildDailyTotals()
    expect(await byTown()).toEqual(kept)
  })

  it("follows an order edit that changes quantities", async () => {
    const placed = await order()
    const rice = (await entriesOf(placed.id)).find((e) => e.town_name === "畲江镇")
    const { data: edit } = await api.post("/admin/order-edits", { order_id: placed.id }, admin)
    await api.post(
      `/admin/order-edits/${placed.id}/items/item/${rice.line_item_id}`,
      { quantity: 1 },
      admin
    )
    await api.post(`/admin/order-edits/${placed.id}/request`, {}, admin)
    await api.post(`/admin/order-edits/${placed.id}/confirm`, {}, admin)
    expect(edit.order_change.id).toBeTruthy()
    const entries = await ledgerFor(placed.id, "edit")
    const riceEdit = entries.find((e) => e.kind === "edit" && e.line_item_id === rice.line_item_id)
    expect(riceEdit.quantity).toBe(-2)
    expect(sum(entries.map((e) => e.amount))).toBe(await paidItemTotal(placed.id))
    expect((await reconcile()).difference_total).toBe("0.00")
  })

  it("credits the new line of an exchange to its town, keeping the rice until it comes back", async () => {
    const placed = await order([{ handle: "shejiang-simiao-rice", quantity: 2 }])
    const payment = await capturedPayment(placed.id)
    const [rice] = await entriesOf(placed.id)
    const { data: farm } = await api.get(`/admin/partners/${rice.partner_id}`, admin)
    await api.post(
      `/admin/orders/${placed.id}/fulfillments`,
      {
        items: [{ id: rice.line_item_id, quantity: 2 }],
        location_id: farm.partner.stock_location.id,
      },
      admin
    )
    // one bag of rice swapped for a bottle of Songyuan tea
    const container = getContainer()
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const [back] = await fulfillment.listShippingOptions({ name: "退货寄回" })
    const [out] = await fulfillment.listShippingOptions({ name: "标准快递" })
    const { data: tea } = await api.get(
      "/admin/products?handle=songyuan-mountain-green-tea&fields=id,*variants",
      admin
    )
    const { data: created } = await api.post("/admin/exchanges", { order_id: placed.id }, admin)
    const exchangeId = created.exchange.id
    await api.post(
      `/admin/exchanges/${exchangeId}/inbound/items`,
      { items: [{ id: rice.line_item_id, quantity: 1 }] },
      admin
    )
    await api.post(
      `/admin/exchanges/${exchangeId}/inbound/shipping-method`,
      { shipping_option_id: back.id },
      admin
    )
    await api.post(
      `/admin/exchanges/${exchangeId}/outbound/items`,
      { items: [{ variant_id: tea.products[0].variants[0].id, quantity: 1 }] },
      admin
    )
    await api.post(
      `/admin/exchanges/${exchangeId}/outbound/shipping-method`,
      { shipping_option_id: out.id },
      admin
    )
    await api.post(`/admin/exchanges/${exchangeId}/request`, {}, admin)

    const entries = await ledgerFor(placed.id, "edit")
    const teaEntry = entries.find((e) => e.kind === "edit" && e.town_name === "松源镇")
    expect(teaEntry.quantity).toBe(1)
    expect(Number(teaEntry.amount)).toBeGreaterThan(0)
    expect(sum(entries.map((e) => e.amount))).toBe(await paidItemTotal(placed.id))
    expect(
      entries
        .filter((e) => e.line_item_id === rice.line_item_id)
        .reduce((q, e) => q + e.quantity, 0)
    ).toBe(2)
    expect(payment).toBeTruthy()
    expect((await reconcile()).difference_total).toBe("0.00")
  })
})
