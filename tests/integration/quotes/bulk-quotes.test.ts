/**
 * Quotes (询价) of a bulk-order file over HTTP: a 采购员 sends the rows of a
 * valid preview with a message; the server checks them as the preview does
 * and keeps lines (product × quantity) and parcels; the support team lowers
 * a price and sends; accepting creates the bulk order (one order per
 * recipient) at the quoted prices and shipping, once, its amount the quote's
 * total to the fen; an expired quote is refused; no price comes from a body;
 * unit B sees and accepts nothing of unit A's; over the unit's approval
 * amount a 采购员's acceptance asks approval, whose approval places it.
 */
import { WITHOUT_STRIPE } from "../../fixtures/bank-transfer"
import { shopSuite } from "../../fixtures/http"
import { bulkRow, bulkRowObject } from "../../fixtures/bulk-orders"
import { fen, inDays, QUOTE_REQUEST_ENV, quotes, yuan } from "./fixtures"

const QUOTES = "/store/units/me/quotes"
const SKU = "SJ-RICE-SIMIAO-5J"

shopSuite({ env: WITHOUT_STRIPE, requestEnv: QUOTE_REQUEST_ENV }, (suite) => {
  const { storeCall, adminCall, unitWithApprover, priced, orderOf } = quotes(suite)
  /** 职工1 gets 2, 职工2 gets 1 and 职工3 gets 3 bags of rice: three recipients. */
  const rows = [bulkRow(1, SKU, 2), bulkRow(2, SKU, 1), bulkRow(3, SKU, 3)].map(bulkRowObject)
  const bulkQuote = (member: any, body: Record<string, unknown> = {}) =>
    storeCall("POST", QUOTES, member, {
      source: "bulk_order",
      rows,
      po_number: "PO-2026-88",
      message: "工会节日慰问，请报价",
      ...body,
    })

  it("creates the bulk order at the lowered price with one order per recipient, once", async () => {
    const a = await unitWithApprover(71)
    const b = await unitWithApprover(72)

    // prices never come from a body, in the body or in a row
    for (const body of [
      { unit_price: "0.01" },
      { total: "1.00" },
      { rows: [{ ...rows[0], unit_price: "0.01" }] },
      { rows: [{ ...rows[0], line_total: "0.01" }] },
      { source: "cart" },
      { rows: [] },
    ]) {
      const r = await bulkQuote(a.buyer, body)
      expect(r.status, JSON.stringify(body)).toBe(400)
    }
    // a row the preview refuses refuses the quote, with every error
    const bad = await bulkQuote(a.buyer, { rows: [{ ...rows[0], mobile: "123" }, rows[1]] })
    expect(bad.status).toBe(400)
    expect(bad.data.errors).toEqual([expect.objectContaining({ row: 2, field: "mobile" })])
    // 财务 and 审批人 do not ask for quotes
    for (const actor of [a.finance, a.approver]) {
      expect((await bulkQuote(actor)).status).toBe(403)
    }
    const preview = await storeCall("POST", "/store/units/me/bulk-orders/preview", a.buyer, {
      rows,
    })
    expect(preview.data.valid).toBe(true)

    const made = await bulkQuote(a.buyer)
    expect(made.status, JSON.stringify(made.data)).toBe(200)
    const quote = made.data.quote
    expect(quote).toMatchObject({
      source: "bulk_order",
      status: "requested",
      message: "工会节日慰问，请报价",
      order_id: null,
      recipient: { name: "职工1" },
      bulk: { recipients: 3, po_number: "PO-2026-88", bulk_order_id: null },
    })
    expect(quote.bulk.parcels.map((p: any) => [p.recipient, p.items[0].quantity])).toEqual([
      ["职工1", 2],
      ["职工2", 1],
      ["职工3", 3],
    ])
    // one line: the product × its total quantity, at the preview's (the shop's) price
    expect(quote.lines).toHaveLength(1)
    const [line] = quote.lines
    const listFen = fen(preview.data.rows[0].unit_price)
    expect(line).toMatchObject({ quantity: 6, quoted_price: null })
    expect(fen(line.list_price)).toBe(listFen)
    expect(fen(quote.total)).toBe(fen(preview.data.totals.total))

    // unit B reads and accepts nothing of it
    for (const actor of [b.admin, b.buyer, b.finance]) {
      expect((await storeCall("GET", `${QUOTES}/${quote.id}`, actor)).status).toBe(404)
      const list = await storeCall("GET", QUOTES, actor)
      expect(JSON.stringify(list.data)).not.toContain(quote.id)
    }
    // the support team sees it with its recipients
    const admin = await adminCall("GET", `/admin/quotes/${quote.id}`)
    expect(admin.data.quote).toMatchObject({ unit_name: a.unit.name, bulk: { recipients: 3 } })

    const lowered = yuan(listFen - 150)
    const sent = await priced(quote, lowered, "12.34")
    const expected = 6 * fen(lowered) + 1234
    expect(fen(sent.total)).toBe(expected)
    expect((await storeCall("POST", `${QUOTES}/${quote.id}/accept`, b.buyer)).status).toBe(404)
    const priceInBody = await storeCall("POST", `${QUOTES}/${quote.id}/accept`, a.buyer, {
      unit_price: "0.01",
    })
    expect(priceInBody.status).toBe(400)

    // accepted twice at once: one bulk order
    const [first, second] = await Promise.all([
      storeCall("POST", `${QUOTES}/${quote.id}/accept`, a.buyer),
      storeCall("POST", `${QUOTES}/${quote.id}/accept`, a.admin),
    ])
    expect(first.status, JSON.stringify(first.data)).toBe(200)
    expect(second.status, JSON.stringify(second.data)).toBe(200)
    const bulkId = first.data.bulk_order_id
    expect(bulkId).toEqual(expect.any(String))
    expect(second.data.bulk_order_id).toBe(bulkId)
    expect(first.data).toMatchObject({ order_id: null, approval_id: null })
    expect(first.data.quote).toMatchObject({ status: "accepted", bulk: { bulk_order_id: bulkId } })
    const list = await storeCall("GET", "/store/units/me/bulk-orders", a.finance)
    expect(list.data.bulk_orders.map((o: any) => o.id)).toEqual([bulkId])

    // the bulk order: three orders at the quoted price, its amount the quote's total
    const bulk = await storeCall("GET", `/store/units/me/bulk-orders/${bulkId}`, a.finance)
    expect(bulk.status).toBe(200)
    const view = bulk.data.bulk_order
    expect(view).toMatchObject({ status: "awaiting_payment", po_number: "PO-2026-88", parcels: 3 })
    expect(fen(view.amount)).toBe(expected)
    expect(view.orders.map((o: any) => o.recipient).sort()).toEqual(["职工1", "职工2", "职工3"])
    let shipping = 0
    for (const parcel of view.orders) {
      const order = await orderOf(parcel.id)
      expect(order.items.every((i: any) => fen(i.unit_price) === fen(lowered))).toBe(true)
      shipping += fen(order.shipping_total)
      expect(fen(order.total)).toBe(fen(parcel.total))
    }
    expect(shipping).toBe(1234)
    // its 对公转账 notice is the bulk order's, as for any bulk order
    const notice = await storeCall(
      "GET",
      `/store/units/me/bulk-orders/${bulkId}/payment-notice`,
      a.finance
    )
    expect(notice.status).toBe(200)

    // accepted: cannot be declined or changed
    expect((await storeCall("POST", `${QUOTES}/${quote.id}/decline`, a.buyer)).status).toBe(400)
    expect((await adminCall("POST", `/admin/quotes/${quote.id}`, { shipping: "0" })).status).toBe(
      400
    )
  }, 300_000)

  it("refuses an expired or changed bulk quote; over the approval amount approval places it", async () => {
    const c = await unitWithApprover(73, { order_over: "10" })
    const { data } = await bulkQuote(c.buyer)
    const sent = await priced(data.quote, "20.00", "0")
    await suite
      .getContainer()
      .resolve<any>("quote")
      .updateQuotes({ id: sent.id, valid_until: new Date(Date.now() - 1000) })
    const expired = await storeCall("POST", `${QUOTES}/${sent.id}/accept`, c.buyer)
    expect(expired.status).toBe(400)
    expect(expired.data.message).toContain("过期")
    // changed after sending: back to 待报价, not acceptable until sent again
    await adminCall("POST", `/admin/quotes/${sent.id}`, { valid_until: inDays(2) })
    const changed = await storeCall("POST", `${QUOTES}/${sent.id}/accept`, c.buyer)
    expect(changed.status).toBe(400)
    expect((await adminCall("POST", `/admin/quotes/${sent.id}/send`)).status).toBe(200)

    // over ¥10 a 采购员's acceptance asks approval; nothing is created yet
    const asked = await storeCall("POST", `${QUOTES}/${sent.id}/accept`, c.buyer)
    expect(asked.status, JSON.stringify(asked.data)).toBe(200)
    expect(asked.data).toMatchObject({ order_id: null, bulk_order_id: null })
    const approvalId = asked.data.approval_id
    expect(approvalId).toEqual(expect.any(String))
    expect((await storeCall("GET", "/store/units/me/bulk-orders", c.finance)).data.count).toBe(0)
    const approved = await storeCall(
      "POST",
      `/store/units/me/approvals/${approvalId}/approve`,
      c.approver
    )
    expect(approved.status, JSON.stringify(approved.data)).toBe(200)
    const bulkId = approved.data.approval.bulk_order_id
    expect(bulkId).toEqual(expect.any(String))
    expect(approved.data.approval.order_ids).toHaveLength(3)
    const read = await storeCall("GET", `${QUOTES}/${sent.id}`, c.finance)
    expect(read.data.quote).toMatchObject({ status: "accepted", bulk: { bulk_order_id: bulkId } })
    const bulk = await storeCall("GET", `/store/units/me/bulk-orders/${bulkId}`, c.finance)
    expect(fen(bulk.data.bulk_order.amount)).toBe(6 * 2000)
  }, 300_000)
})
