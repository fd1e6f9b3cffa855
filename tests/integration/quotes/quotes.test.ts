/**
 * Quotes (询价) over HTTP: a 采购员 asks for a price on a cart; the support
 * team lowers it and sends it; accepting places one order at the quoted
 * prices (also when accepted twice at once), paid by 对公转账 into the aid
 * ledger at those prices; no price ever comes from a body; an expired quote
 * is refused; unit A sees nothing of unit B's; 财务 reads but cannot accept;
 * over the unit's approval amount a 采购员's acceptance becomes an approval
 * request whose approval places the order at the quoted prices.
 */
import { WITHOUT_STRIPE } from "../../fixtures/bank-transfer"
import { shopSuite, withEnv } from "../../fixtures/http"
import { aidLedger, sum } from "../../fixtures/aid"
import { payOrder } from "../../fixtures/orders"
import { fen, inDays, QUOTE_REQUEST_ENV, quotes, yuan } from "./fixtures"

shopSuite({ env: WITHOUT_STRIPE, requestEnv: QUOTE_REQUEST_ENV }, (suite) => {
  const { storeCall, adminCall, unitWithApprover, readyCart, requested, priced, orderOf } =
    quotes(suite)
  const { ledgerFor } = aidLedger(suite)

  it("places one order at the lowered price, paid into the ledger at that price", async () => {
    const a = await unitWithApprover(91)
    const b = await unitWithApprover(92)

    // prices never come from a body
    const cart = await readyCart(a.buyer, 3)
    for (const body of [
      { cart_id: cart.cartId, unit_price: "0.01" },
      { cart_id: cart.cartId, lines: [{ quoted_price: "0.01" }] },
      { cart_id: cart.cartId, total: "0.03" },
    ]) {
      const r = await storeCall("POST", "/store/units/me/quotes", a.buyer, body)
      expect(r.status, JSON.stringify(body)).toBe(400)
    }
    // 财务 and 审批人 do not ask for quotes; another unit's member cannot use the cart
    for (const actor of [a.finance, a.approver]) {
      const r = await storeCall("POST", "/store/units/me/quotes", actor, { cart_id: cart.cartId })
      expect(r.status).toBe(403)
    }
    const foreign = await storeCall("POST", "/store/units/me/quotes", b.buyer, {
      cart_id: cart.cartId,
    })
    expect(foreign.status).toBe(404)

    const made = await storeCall("POST", "/store/units/me/quotes", a.buyer, {
      cart_id: cart.cartId,
      message: "食堂下月用菜，请报价",
    })
    expect(made.status, JSON.stringify(made.data)).toBe(200)
    const quote = made.data.quote
    expect(quote).toMatchObject({
      status: "requested",
      unit_id: a.unit.id,
      message: "食堂下月用菜，请报价",
      shipping: null,
      order_id: null,
      approval_id: null,
    })
    expect(quote.display_id).toMatch(/^XJ\d{8}-\d{4}$/)
    expect(quote.recipient.address).toContain("广州市")
    expect(quote.lines).toHaveLength(1)
    const [line] = quote.lines
    expect(line).toMatchObject({ quantity: 3, quoted_price: null })
    // the list price is the cart's own (Medusa's price for this member)
    const { data: cartNow } = await suite.api.get(`/store/carts/${cart.cartId}`, {
      headers: { ...suite.store.headers, ...a.buyer.headers },
    })
    expect(line.list_price).toBe(yuan(fen(cartNow.cart.items[0].unit_price)))
    expect(fen(quote.subtotal)).toBe(3 * fen(line.list_price))

    // not yet quoted: cannot be accepted
    const early = await storeCall("POST", `/store/units/me/quotes/${quote.id}/accept`, a.buyer)
    expect(early.status).toBe(400)

    // every member reads it; unit B's members see nothing of it
    const asFinance = await storeCall("GET", `/store/units/me/quotes/${quote.id}`, a.finance)
    expect(asFinance.status).toBe(200)
    for (const actor of [b.admin, b.buyer, b.approver, b.finance]) {
      const r = await storeCall("GET", `/store/units/me/quotes/${quote.id}`, actor)
      expect(r.status).toBe(404)
      const list = await storeCall("GET", "/store/units/me/quotes", actor)
      expect(JSON.stringify(list.data)).not.toContain(quote.id)
    }

    // the support team's list by unit and status, with the unit's name
    const listed = await adminCall("GET", `/admin/quotes?unit_id=${a.unit.id}&status=requested`)
    expect(listed.status).toBe(200)
    expect(listed.data.quotes.map((q: any) => [q.id, q.unit_name])).toEqual([
      [quote.id, a.unit.name],
    ])
    // bad prices and terms are refused with a reason
    for (const body of [
      { lines: [{ id: line.id, quoted_price: "-1" }] },
      { lines: [{ id: line.id, quoted_price: "1.234" }] },
      { lines: [{ id: "caliitem_other", quoted_price: "1" }] },
      { shipping: "abc" },
      { delivery_from: "2026-12-10", delivery_to: "2026-12-08" },
      { valid_until: "tomorrow" },
      { fields: "*" },
    ]) {
      const r = await adminCall("POST", `/admin/quotes/${quote.id}`, body)
      expect(r.status, JSON.stringify(body)).toBe(400)
    }
    // sending needs every line priced and valid_until in the future
    const unpriced = await adminCall("POST", `/admin/quotes/${quote.id}/send`)
    expect(unpriced.status).toBe(400)

    const lowered = yuan(fen(line.list_price) - 100)
    const sent = await priced(quote, lowered, "5.00")
    expect(sent).toMatchObject({
      status: "quoted",
      shipping: "5.00",
      delivery_from: "2026-12-08",
      delivery_to: "2026-12-10",
      terms: "货到验收后 30 日内对公转账",
    })
    expect(sent.lines[0]).toMatchObject({ quoted_price: lowered, total: yuan(3 * fen(lowered)) })
    const expected = 3 * fen(lowered) + 500
    expect(fen(sent.total)).toBe(expected)
    // an empty save leaves it sent; a change takes it back to 待报价 (resent below)
    const same = await adminCall("POST", `/admin/quotes/${quote.id}`, {})
    expect(same.data.quote.status).toBe("quoted")
    const changed = await adminCall("POST", `/admin/quotes/${quote.id}`, { terms: "货到付款" })
    expect(changed.data.quote.status).toBe("requested")
    const resent = await adminCall("POST", `/admin/quotes/${quote.id}`, {
      terms: "货到验收后 30 日内对公转账",
    })
    expect(resent.status).toBe(200)
    expect((await adminCall("POST", `/admin/quotes/${quote.id}/send`)).data.quote.status).toBe(
      "quoted"
    )

    // 财务 reads but cannot accept; unit B cannot accept it; no body field counts
    expect(
      (await storeCall("POST", `/store/units/me/quotes/${quote.id}/accept`, a.finance)).status
    ).toBe(403)
    expect(
      (await storeCall("POST", `/store/units/me/quotes/${quote.id}/accept`, b.buyer)).status
    ).toBe(404)
    const priceInBody = await storeCall(
      "POST",
      `/store/units/me/quotes/${quote.id}/accept`,
      a.buyer,
      { unit_price: "0.01" }
    )
    expect(priceInBody.status).toBe(400)

    // accepted twice at once: one order
    const [first, second] = await Promise.all([
      storeCall("POST", `/store/units/me/quotes/${quote.id}/accept`, a.buyer),
      storeCall("POST", `/store/units/me/quotes/${quote.id}/accept`, a.admin),
    ])
    expect(first.status, JSON.stringify(first.data)).toBe(200)
    expect(second.status, JSON.stringify(second.data)).toBe(200)
    const orderId = first.data.order_id
    expect(orderId).toBeTruthy()
    expect(second.data.order_id).toBe(orderId)
    expect(first.data.approval_id).toBeNull()
    expect(first.data.quote).toMatchObject({ status: "accepted", order_id: orderId })
    const again = await storeCall("POST", `/store/units/me/quotes/${quote.id}/accept`, a.buyer)
    expect(again.data.order_id).toBe(orderId)
    const { data: links } = await suite
      .getContainer()
      .resolve("query")
      .graph({ entity: "order", fields: ["id"], filters: { customer_id: await customerOf(a) } })
    expect(links.map((o: any) => o.id)).toEqual([orderId])

    // the order charges the quoted prices and shipping
    const order = await orderOf(orderId)
    expect(order.items).toHaveLength(1)
    expect(fen(order.items[0].unit_price)).toBe(fen(lowered))
    expect(order.items[0].quantity).toBe(3)
    expect(fen(order.shipping_total)).toBe(500)
    expect(fen(order.total)).toBe(expected)

    // paid by 对公转账: the ledger's entries are at the quoted price
    const paid = await payOrder(suite.api, suite.admin, orderId)
    expect(paid).toHaveLength(1)
    const entries = await ledgerFor(orderId)
    expect(entries.every((e: any) => e.unit_id === a.unit.id)).toBe(true)
    expect(fen(sum(entries.map((e: any) => e.amount)))).toBe(3 * fen(lowered))

    // an accepted quote cannot be declined, changed or cancelled
    const decline = await storeCall("POST", `/store/units/me/quotes/${quote.id}/decline`, a.buyer)
    expect(decline.status).toBe(400)
    expect((await adminCall("POST", `/admin/quotes/${quote.id}/cancel`)).status).toBe(400)
    const change = await adminCall("POST", `/admin/quotes/${quote.id}`, { shipping: "0" })
    expect(change.status).toBe(400)
  }, 300_000)

  /** The customer id of a unit's 采购员 (the orders are theirs). */
  async function customerOf(unit: { buyer: { headers: Record<string, string> } }) {
    const me = await storeCall("GET", "/store/customers/me", unit.buyer)
    return me.data.customer.id as string
  }

  it("refuses an expired quote; declined and cancelled quotes cannot be accepted", async () => {
    const c = await unitWithApprover(93)
    const { quote } = await requested(c.buyer, 2)
    const sent = await priced(quote, "1.00")
    // valid_until passes (China time is an instant: the stored time is compared to now)
    await suite
      .getContainer()
      .resolve<any>("quote")
      .updateQuotes({ id: sent.id, valid_until: new Date(Date.now() - 1000) })
    const read = await storeCall("GET", `/store/units/me/quotes/${sent.id}`, c.buyer)
    expect(read.data.quote.status).toBe("expired")
    const expired = await storeCall("GET", "/store/units/me/quotes?status=expired", c.finance)
    expect(expired.data.quotes.map((q: any) => q.id)).toEqual([sent.id])
    const quoted = await storeCall("GET", "/store/units/me/quotes?status=quoted", c.finance)
    expect(quoted.data.quotes).toEqual([])
    const refused = await storeCall("POST", `/store/units/me/quotes/${sent.id}/accept`, c.admin)
    expect(refused.status).toBe(400)
    expect(refused.data.message).toContain("过期")
    expect(read.data.quote.order_id).toBeNull()
    // the support team can price it again with a new validity and send it
    const renewed = await adminCall("POST", `/admin/quotes/${sent.id}`, { valid_until: inDays(1) })
    expect(renewed.data.quote.status).toBe("requested")

    // declined with a reason: cannot be accepted
    const declined = await storeCall("POST", `/store/units/me/quotes/${sent.id}/decline`, c.buyer, {
      reason: "预算调整",
    })
    expect(declined.status, JSON.stringify(declined.data)).toBe(200)
    expect(declined.data.quote).toMatchObject({ status: "declined", decline_reason: "预算调整" })
    const late = await storeCall("POST", `/store/units/me/quotes/${sent.id}/accept`, c.buyer)
    expect(late.status).toBe(400)

    // cancelled by the support team: cannot be accepted
    const other = await requested(c.buyer, 2)
    const otherSent = await priced(other.quote, "1.00")
    const cancelled = await adminCall("POST", `/admin/quotes/${otherSent.id}/cancel`)
    expect(cancelled.data.quote.status).toBe("cancelled")
    const no = await storeCall("POST", `/store/units/me/quotes/${otherSent.id}/accept`, c.buyer)
    expect(no.status).toBe(400)

    // under the threshold: 400 in Chinese
    const restore = withEnv({ QUOTE_MIN_AMOUNT: "100000" })
    try {
      const small = await readyCart(c.buyer, 1)
      const r = await storeCall("POST", "/store/units/me/quotes", c.buyer, {
        cart_id: small.cartId,
      })
      expect(r.status).toBe(400)
      expect(r.data.message).toContain("才能询价")
    } finally {
      restore()
    }
  }, 300_000)

  it("over the approval amount: a 采购员's acceptance asks approval, approving places it at the quoted price", async () => {
    const d = await unitWithApprover(94, { order_over: "1" })
    const { quote } = await requested(d.buyer, 3)
    const lowered = yuan(fen(quote.lines[0].list_price) - 50)
    const sent = await priced(quote, lowered, "0.00")

    const asked = await storeCall("POST", `/store/units/me/quotes/${sent.id}/accept`, d.buyer)
    expect(asked.status, JSON.stringify(asked.data)).toBe(200)
    expect(asked.data.order_id).toBeNull()
    const approvalId = asked.data.approval_id
    expect(approvalId).toBeTruthy()
    expect(asked.data.quote).toMatchObject({ status: "quoted", approval_id: approvalId })
    // asking again: the same request
    const twice = await storeCall("POST", `/store/units/me/quotes/${sent.id}/accept`, d.buyer)
    expect(twice.data.approval_id).toBe(approvalId)
    const pending = await storeCall("GET", `/store/units/me/approvals/${approvalId}`, d.approver)
    expect(pending.data.approval).toMatchObject({ kind: "quote", status: "pending" })
    expect(fen(pending.data.approval.amount)).toBe(3 * fen(lowered))

    const approved = await storeCall(
      "POST",
      `/store/units/me/approvals/${approvalId}/approve`,
      d.approver
    )
    expect(approved.status, JSON.stringify(approved.data)).toBe(200)
    expect(approved.data.approval.status).toBe("placed")
    const [orderId] = approved.data.approval.order_ids
    const after = await storeCall("GET", `/store/units/me/quotes/${sent.id}`, d.buyer)
    expect(after.data.quote).toMatchObject({ status: "accepted", order_id: orderId })
    const order = await orderOf(orderId)
    expect(fen(order.items[0].unit_price)).toBe(fen(lowered))
    expect(fen(order.total)).toBe(3 * fen(lowered))

    // a 管理员 accepts directly: the approval counts as given and is recorded
    const other = await requested(d.buyer, 2)
    const otherSent = await priced(other.quote, lowered, "0.00")
    const direct = await storeCall("POST", `/store/units/me/quotes/${otherSent.id}/accept`, d.admin)
    expect(direct.status, JSON.stringify(direct.data)).toBe(200)
    expect(direct.data.order_id).toBeTruthy()
    const given = direct.data.quote.approval_id
    const record = await storeCall("GET", `/store/units/me/approvals/${given}`, d.approver)
    expect(record.data.approval).toMatchObject({
      kind: "quote",
      status: "placed",
      order_ids: [direct.data.order_id],
    })
  }, 300_000)
})
