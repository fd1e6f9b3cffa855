/**
 * 支付宝 through the shop's Alipay provider (backend/src/modules/alipay),
 * against the local Alipay stand-in (tests/fixtures/alipay): the same code
 * that talks to openapi.alipay.com with real keys. The buyer's part (opening
 * the cashier, paying) is played by requests to the stand-in.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { recoverAlipayPayments } from "../../../backend/src/workflows/alipay/recover-payments"
import {
  cancelExpiredAlipayOrders,
  EXPIRY_GRACE_MS,
} from "../../../backend/src/workflows/alipay/cancel-expired"
import { shopSuite } from "../../fixtures/http"
import { failure } from "../../fixtures/medusa"
import { eventually } from "../../fixtures/orders"
import {
  rsa2Sign,
  signContent,
  startAlipayStandIn,
  generateAlipayKeys,
} from "../../fixtures/alipay"
import { ALIPAY, alipayCheckout } from "./alipay-checkout"

const standIn = await startAlipayStandIn()
afterAll(() => standIn.close())

shopSuite(
  {
    env: {
      ALIPAY_APP_ID: standIn.appId,
      ALIPAY_PRIVATE_KEY: standIn.keys.appPrivateKeyPath,
      ALIPAY_PUBLIC_KEY: standIn.keys.alipayPublicKeyPath,
      ALIPAY_GATEWAY: standIn.gateway,
      ALIPAY_NOTIFY_URL: "http://localhost:9000/hooks/payment/alipay_alipay",
      ALIPAY_RETURN_URL: "http://localhost:8000/checkout/alipay-return",
    },
  },
  (suite) => {
    const { api, getContainer, admin, store } = suite
    beforeAll(() => {
      standIn.notifyUrlOverride = `${api.defaults.baseURL}/hooks/payment/alipay_alipay`
    })
    beforeEach(() => {
      standIn.deliverNotifications = true
      standIn.faults.lostRefundAnswers = 0
      standIn.faults.failedRefundQueries = 0
    })

    const { alipayCart, placed, paymentOf, saleEntries } = alipayCheckout(suite)

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

      const tampered = { ...valid, total_amount: "0.01" }
      const otherKey = generateAlipayKeys().alipayPrivateKey
      const forged = {
        ...valid,
        sign: rsa2Sign(signContent(valid, ["sign", "sign_type"]), otherKey),
      }
      const otherAppParams = { ...valid, app_id: "2021000000009999" }
      const otherApp = {
        ...otherAppParams,
        sign: rsa2Sign(
          signContent(otherAppParams, ["sign", "sign_type"]),
          standIn.keys.alipayPrivateKey
        ),
      }
      const unsigned = { ...valid, sign: "" }
      for (const bad of [tampered, forged, otherApp, unsigned]) {
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
      const { data } = await api.get(
        `/admin/orders/${expired.order.id}?fields=status,*items`,
        admin
      )
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

    /** A placed order whose trade the buyer paid, its payment captured. */
    const paidTrade = async () => {
      const { order, no } = await placed()
      await standIn.open((await paymentOf(order.id)).payment.data.pay_url)
      await standIn.pay(no)
      const { payment } = await eventually(async () => {
        const found = await paymentOf(order.id)
        return found.payment.captured_at ? found : undefined
      })
      return { order, no, payment }
    }
    const refundsSent = (no: string) =>
      standIn.requests.filter(
        (r) => r.method === "alipay.trade.refund" && r.biz.out_trade_no === no
      )
    const recordedRefunds = async (paymentId: string) => {
      const { data } = await api.get(`/admin/payments/${paymentId}?fields=*refunds`, admin)
      return data.payment.refunds as { id: string; amount: number }[]
    }

    it("refunds through Alipay (out_request_no, refund_amount) and the ledger reverses", async () => {
      const { order, no, payment } = await paidTrade()
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 12.34 }, admin)
      const refundIds = async () => {
        const { data } = await api.get(`/admin/payments/${payment.id}?fields=*refunds`, admin)
        return (data.payment.refunds as { id: string }[]).map((r) => r.id)
      }
      // the refund's out_request_no is Medusa's refund id: a retry of it is the same refund
      const [first] = await refundIds()
      expect(standIn.trades.get(no)!.refunds).toEqual([
        expect.objectContaining({ out_request_no: first, refund_amount: "12.34" }),
      ])
      expect((await paymentOf(order.id)).order.payment_status).toBe("partially_refunded")
      await eventually(async () => {
        const { data } = await api.get(`/admin/aid/entries?order_id=${order.id}`, admin)
        return data.entries.some((e: any) => e.kind === "refund")
      })

      // two refunds of the same amount made at the same moment (Medusa's order-change check
      // lets both through when neither has written yet): two refunds at Alipay, where a shared
      // out_request_no would be taken for a retry and the buyer paid back once
      const payments = getContainer().resolve(Modules.PAYMENT)
      await Promise.all(
        [1, 2].map(() => payments.refundPayment({ payment_id: payment.id, amount: 1 }))
      )
      const ids = await refundIds()
      expect(ids).toHaveLength(3)
      const atAlipay = standIn.trades.get(no)!.refunds
      expect(atAlipay.map((r) => r.out_request_no).sort()).toEqual([...ids].sort())
      expect(atAlipay.map((r) => r.refund_amount).sort()).toEqual(["1.00", "1.00", "12.34"])
    })

    it("records a refund Alipay made though its answer was lost (ACQ.SYSTEM_ERROR), once", async () => {
      const { order, no, payment } = await paidTrade()
      standIn.faults.lostRefundAnswers = 1
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 5 }, admin)
      expect(standIn.faults.lostRefundAnswers).toBe(0)
      // the provider looked the refund up by its number instead of refunding again
      expect(refundsSent(no)).toHaveLength(1)
      const lookups = standIn.requests.filter(
        (r) => r.method === "alipay.trade.fastpay.refund.query" && r.biz.out_trade_no === no
      )
      expect(lookups.map((r) => [r.code, r.biz.out_request_no])).toEqual([
        ["10000", refundsSent(no)[0].biz.out_request_no],
      ])
      expect(standIn.trades.get(no)!.refunds.map((r) => r.refund_amount)).toEqual(["5.00"])
      expect((await recordedRefunds(payment.id)).map((r) => Number(r.amount))).toEqual([5])
      expect((await paymentOf(order.id)).order.payment_status).toBe("partially_refunded")
    })

    it("sends a refund whose answer and lookup both failed again with the same out_request_no: paid once, recorded once", async () => {
      const { no, payment } = await paidTrade()
      standIn.faults.lostRefundAnswers = 1
      standIn.faults.failedRefundQueries = 1
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 5 }, admin)
      const sent = refundsSent(no)
      expect(sent.map((r) => r.code)).toEqual(["40004", "10000"])
      expect(sent[0].sub_code).toBe("ACQ.SYSTEM_ERROR")
      expect(new Set(sent.map((r) => r.biz.out_request_no)).size).toBe(1)
      expect(standIn.trades.get(no)!.refunds.map((r) => r.refund_amount)).toEqual(["5.00"])
      const recorded = await recordedRefunds(payment.id)
      expect(recorded.map((r) => Number(r.amount))).toEqual([5])
      expect(recorded[0].id).toBe(sent[0].biz.out_request_no)
    })

    it("reports a refund Alipay never answered as not known, naming the out_request_no to look up", async () => {
      const { no, payment } = await paidTrade()
      // made on the first request; every answer and lookup is lost for the three attempts
      standIn.faults.lostRefundAnswers = 3
      standIn.faults.failedRefundQueries = 3
      const refused = await failure(
        api.post(`/admin/payments/${payment.id}/refund`, { amount: 5 }, admin)
      )
      const sent = refundsSent(no)
      expect(sent).toHaveLength(3)
      const requestNo = sent[0].biz.out_request_no
      expect(sent.every((r) => r.biz.out_request_no === requestNo)).toBe(true)
      expect(refused.data.message).toContain(`请先在支付宝商家平台查询退款请求号 ${requestNo}`)
      // Alipay made it once, whatever the number of attempts; the shop recorded none
      expect(standIn.trades.get(no)!.refunds).toHaveLength(1)
      expect(await recordedRefunds(payment.id)).toEqual([])
    })

    it("refuses a refund Alipay refuses with its reason in Chinese, sent once (a finished trade)", async () => {
      const { no, payment } = await paidTrade()
      // past its refund period Alipay finishes the trade: no refund any more
      standIn.trades.get(no)!.status = "TRADE_FINISHED"
      const refused = await failure(
        api.post(`/admin/payments/${payment.id}/refund`, { amount: 5 }, admin)
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("支付宝退款失败：该支付宝交易的状态不能退款")
      expect(refundsSent(no).map((r) => r.sub_code)).toEqual(["ACQ.TRADE_STATUS_ERROR"])
      expect(await recordedRefunds(payment.id)).toEqual([])
    })

    it("closes the trade of a cancelled order; a payment that arrives for it anyway is refunded whole, once", async () => {
      const unpaid = await placed()
      await standIn.open((await paymentOf(unpaid.order.id)).payment.data.pay_url)
      await api.post(`/admin/orders/${unpaid.order.id}/cancel`, {}, admin)
      expect(standIn.trades.get(unpaid.no)!.status).toBe("TRADE_CLOSED")
      expect((await standIn.pay(unpaid.no)).status).toBe(409)

      // the buyer pays while the order is being cancelled: the notification comes after
      const { order, no } = await placed()
      standIn.deliverNotifications = false
      await standIn.open((await paymentOf(order.id)).payment.data.pay_url)
      await standIn.pay(no)
      await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      const trade = standIn.trades.get(no)!
      expect(trade.refunds).toEqual([
        expect.objectContaining({
          out_request_no: `${no}_CANCEL`,
          refund_amount: trade.total_amount,
        }),
      ])
      expect(await standIn.deliver(standIn.notificationFor(no))).toMatchObject({
        status: 200,
        body: "success",
      })
      expect(trade.refunds).toHaveLength(1)
      const { payment } = await paymentOf(order.id)
      expect(payment.captured_at).toBeNull()
      expect(payment.canceled_at).not.toBeNull()
      expect(payment.data.refunds).toHaveLength(1)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["status"],
        filters: { id: order.id },
      })
      expect((orders[0] as any).status).toBe("canceled")
    })
  }
)
