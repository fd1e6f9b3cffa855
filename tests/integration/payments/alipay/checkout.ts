/**
 * 支付宝 through the shop's Alipay provider (backend/src/modules/alipay),
 * against the local Alipay stand-in (tests/fixtures/alipay): the same code
 * that talks to openapi.alipay.com with real keys. The buyer's part (opening
 * the cashier, paying) is played by requests to the stand-in. Refunds and
 * cancelled orders' trades: refunds.ts.
 */
import { recoverAlipayPayments } from "../../../../backend/src/workflows/alipay/recover-payments"
import {
  cancelExpiredAlipayOrders,
  EXPIRY_GRACE_MS,
} from "../../../../backend/src/workflows/alipay/cancel-expired"
import type { ShopSuite } from "../../../fixtures/http"
import { failure } from "../../../fixtures/medusa"
import { eventually } from "../../../fixtures/orders"
import type { AlipayStandIn } from "../../../fixtures/alipay"
import { ALIPAY, alipayCheckout, badNotifications, resetAlipayStandIn } from "./fixtures"

export function alipayCheckoutTests(suite: ShopSuite, standIn: AlipayStandIn) {
  const { api, getContainer, admin, store } = suite
  resetAlipayStandIn(suite, standIn)

  const { alipayCart, placed, paymentOf, saleEntries } = alipayCheckout(suite, standIn)

  it("is offered in the region, and creates the trade for the cart's amount, page or wap", async () => {
    const { data: regions } = await api.get("/store/regions", store)
    const region = regions.regions.find((r: any) => r.name === "中国大陆")
    const { data } = await api.get(`/store/payment-providers?region_id=${region.id}`, store)
    expect(data.payment_providers.map((p: any) => p.id)).toContain(ALIPAY)

    const { session, cart } = await alipayCart({ channel: "page" })
    expect(session.amount).toBe(cart.total)
    expect(session.data).toMatchObject({
      method: "alipay",
      channel: "page",
      amount: Number(cart.total).toFixed(2),
      currency_code: "cny",
      out_trade_no: expect.stringMatching(new RegExp(`^${session.id}_[0-9A-F]{6}$`)),
      pay_url: expect.stringContaining(`${standIn.gateway}?`),
    })
    const cashier = await standIn.open(session.data.pay_url)
    expect(cashier.status).toBe(200)
    const opened = [...standIn.requests]
      .reverse()
      .find((r) => r.biz.out_trade_no === session.data.out_trade_no)!
    expect(opened).toMatchObject({ method: "alipay.trade.page.pay", code: "10000" })
    expect(opened.biz).toMatchObject({
      total_amount: session.data.amount,
      product_code: "FAST_INSTANT_TRADE_PAY",
      subject: expect.any(String),
    })
    expect(opened.params.notify_url).toBe("http://localhost:9000/hooks/payment/alipay_alipay")
    expect(opened.params.return_url).toBe("http://localhost:8000/checkout/alipay-return")

    const wap = await alipayCart({
      channel: "wap",
      return_url: "http://localhost:8000/order/confirmed",
    })
    await standIn.open(wap.session.data.pay_url)
    const wapOpened = [...standIn.requests]
      .reverse()
      .find((r) => r.biz.out_trade_no === wap.session.data.out_trade_no)!
    expect(wapOpened.biz).toMatchObject({
      product_code: "QUICK_WAP_WAY",
      quit_url: "http://localhost:8000/order/confirmed",
    })
  })

  it("refuses a session without a channel, with another channel or a foreign return address, in Chinese", async () => {
    const { sessions, headers } = await alipayCart()
    for (const data of [
      {},
      { channel: "qr" },
      { channel: "page", return_url: "https://evil.example.com/x" },
    ]) {
      const refused = await failure(api.post(sessions, { provider_id: ALIPAY, data }, headers))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/[\u4e00-\u9fa5]/)
    }
  })

  it("refuses forged and tampered notifications; a valid one delivered three times captures once and the ledger credits once", async () => {
    const { order, no } = await placed()
    expect((await paymentOf(order.id)).order.payment_status).toBe("authorized")
    standIn.deliverNotifications = false
    await standIn.open((await paymentOf(order.id)).payment.data.pay_url)
    await standIn.pay(no)
    const valid = standIn.notificationFor(no)

    for (const bad of badNotifications(standIn, valid)) {
      expect(await standIn.deliver(bad)).toMatchObject({ status: 400, body: "fail" })
    }
    const untouched = await paymentOf(order.id)
    expect(untouched.order.payment_status).toBe("authorized")
    expect(untouched.payment.captured_at).toBeNull()

    for (let i = 0; i < 3; i++) {
      expect(await standIn.deliver(valid)).toMatchObject({ status: 200, body: "success" })
    }
    const { order: paid, payment } = await paymentOf(order.id)
    expect(paid.payment_status).toBe("captured")
    expect(payment.captures).toHaveLength(1)
    expect(Number(payment.captures[0].amount)).toBe(Number(paid.total))
    const sales = await eventually(async () => {
      const entries = await saleEntries(order.id)
      return entries.length ? entries : undefined
    })
    await new Promise((r) => setTimeout(r, 2_000))
    expect(await saleEntries(order.id)).toHaveLength(sales.length)
  })

  it("recovers a lost notification by querying Alipay when the buyer's page polls; only the buyer gets the status", async () => {
    const { order, no, buyer } = await placed()
    const before = await api.get(`/store/alipay/status?order_id=${order.id}`, buyer)
    expect(before.data.alipay).toMatchObject({
      order_id: order.id,
      state: "awaiting_payment",
      pay_url: expect.stringContaining(standIn.gateway),
    })
    expect(
      (await failure(api.get(`/store/alipay/status?order_id=${order.id}`, store))).status
    ).toBe(404)
    expect((await failure(api.get(`/store/alipay/status`, buyer))).status).toBe(400)

    standIn.deliverNotifications = false
    await standIn.open(before.data.alipay.pay_url)
    await standIn.pay(no)
    expect(standIn.deliveries.filter((d) => d.out_trade_no === no)).toEqual([])
    const after = await api.get(`/store/alipay/status?order_id=${order.id}`, buyer)
    expect(after.data.alipay).toMatchObject({
      state: "paid",
      pay_url: null,
      amount: Number(order.total).toFixed(2),
    })
    expect((await paymentOf(order.id)).order.payment_status).toBe("captured")
    expect(
      standIn.requests.some((r) => r.method === "alipay.trade.query" && r.biz.out_trade_no === no)
    ).toBe(true)
  })

  it("recovers a lost notification in the background job, and leaves unpaid orders awaiting", async () => {
    const paid = await placed()
    const unpaid = await placed()
    standIn.deliverNotifications = false
    await standIn.open((await paymentOf(paid.order.id)).payment.data.pay_url)
    await standIn.open((await paymentOf(unpaid.order.id)).payment.data.pay_url)
    await standIn.pay(paid.no)

    const captured = await recoverAlipayPayments(getContainer(), new Date())
    const { payment } = await paymentOf(paid.order.id)
    expect(captured).toContain(payment.id)
    expect(payment.captured_at).not.toBeNull()
    expect((await paymentOf(unpaid.order.id)).payment.captured_at).toBeNull()
    expect(await recoverAlipayPayments(getContainer(), new Date())).toEqual([])
    expect((await paymentOf(paid.order.id)).payment.captures).toHaveLength(1)
  })

  it("cancels an order whose trade expired unpaid, releasing its stock; a paid or fresh one is left alone", async () => {
    const expired = await placed()
    const fresh = await placed()
    const paid = await placed()
    await standIn.open((await paymentOf(paid.order.id)).payment.data.pay_url)
    await standIn.pay(paid.no)
    await eventually(async () => (await paymentOf(paid.order.id)).payment.captured_at)
    const expiresAt = new Date((await paymentOf(expired.order.id)).payment.data.expires_at)
    // the fresh order's trade expires later than `now`: moved to its own expiry
    const freshExpiry = new Date((await paymentOf(fresh.order.id)).payment.data.expires_at)
    expect(freshExpiry.getTime()).toBeGreaterThanOrEqual(expiresAt.getTime())
    // within the grace after the expiry nothing happens
    const early = new Date(expiresAt.getTime() + EXPIRY_GRACE_MS - 60_000)
    expect(await cancelExpiredAlipayOrders(getContainer(), early)).toEqual([])
    // past it, every unpaid expired order is cancelled; the paid one stays
    const late = new Date(freshExpiry.getTime() + EXPIRY_GRACE_MS + 60_000)
    const canceled = await cancelExpiredAlipayOrders(getContainer(), late)
    // (unpaid orders of the tests before this one expired too)
    expect(canceled).toEqual(expect.arrayContaining([expired.order.id, fresh.order.id]))
    expect(canceled).not.toContain(paid.order.id)
    const { data } = await api.get(`/admin/orders/${expired.order.id}?fields=status,*items`, admin)
    expect(data.order.status).toBe("canceled")
    const { data: reservations } = await api.get(
      `/admin/reservations?line_item_id[]=${data.order.items[0].id}`,
      admin
    )
    expect(reservations.reservations).toHaveLength(0)
    expect(
      standIn.requests.some(
        (r) => r.method === "alipay.trade.close" && r.biz.out_trade_no === expired.no
      )
    ).toBe(true)
    const paidOrder = await api.get(`/admin/orders/${paid.order.id}?fields=status`, admin)
    expect(paidOrder.data.order.status).not.toBe("canceled")
    // a second run finds nothing left to cancel
    expect(await cancelExpiredAlipayOrders(getContainer(), late)).toEqual([])
  }, 300_000)
}
