/**
 * The shop's Alipay provider in 证书模式 (ALIPAY_APP_CERT, ALIPAY_PUBLIC_CERT,
 * ALIPAY_ROOT_CERT), against the stand-in in 证书模式, which refuses any
 * request without the right app and root SNs: the trade created for the
 * cart's amount, the notification verified with Alipay's certificate and
 * captured once, the refund, and a lost notification recovered by the query.
 */
import { shopSuite } from "../../fixtures/http"
import { eventually, prepareCart } from "../../fixtures/orders"
import {
  generateAlipayKeys,
  rsa2Sign,
  signContent,
  startAlipayStandIn,
} from "../../fixtures/alipay"

const ALIPAY = "pp_alipay_alipay"
const standIn = await startAlipayStandIn({ certificates: true })
afterAll(() => standIn.close())

const LINES = [{ handle: "shejiang-simiao-rice", quantity: 2 }]

shopSuite(
  {
    env: {
      ALIPAY_APP_ID: standIn.appId,
      ALIPAY_PRIVATE_KEY: standIn.keys.appPrivateKeyPath,
      ALIPAY_PUBLIC_KEY: "",
      ALIPAY_APP_CERT: standIn.certs!.appCertPath,
      ALIPAY_PUBLIC_CERT: standIn.certs!.alipayPublicCertPath,
      ALIPAY_ROOT_CERT: standIn.certs!.alipayRootCertPath,
      ALIPAY_GATEWAY: standIn.gateway,
      ALIPAY_NOTIFY_URL: "http://localhost:9000/hooks/payment/alipay_alipay",
      ALIPAY_RETURN_URL: "http://localhost:8000/checkout/alipay-return",
    },
  },
  ({ api, getContainer, admin, store }) => {
    beforeAll(() => {
      standIn.notifyUrlOverride = `${api.defaults.baseURL}/hooks/payment/alipay_alipay`
      standIn.deliverNotifications = false
    })

    /** A cart with an Alipay session, completed: the order placed, awaiting the payment. */
    const placed = async () => {
      const { cartId, headers } = await prepareCart(api, getContainer(), store, { lines: LINES })
      const { data: collection } = await api.post(
        "/store/payment-collections",
        { cart_id: cartId },
        headers
      )
      const created = await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: ALIPAY, data: { channel: "wap" } },
        headers
      )
      const session = created.data.payment_collection.payment_sessions.find(
        (s: any) => s.provider_id === ALIPAY
      )
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      expect(data.type).toBe("order")
      const buyer = { headers: { ...headers.headers, "x-order-token": data.order_token.token } }
      return { order: data.order, session, buyer, no: session.data.out_trade_no as string }
    }
    const paymentOf = async (orderId: string) => {
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=payment_status,total,*payment_collections.payments,*payment_collections.payments.captures`,
        admin
      )
      return { order: data.order, payment: data.order.payment_collections[0].payments[0] }
    }
    const requestsOf = (no: string) => standIn.requests.filter((r) => r.biz.out_trade_no === no)

    it("creates the trade with the certificates' SNs; the notification verifies with Alipay's certificate and captures once", async () => {
      const { order, session, no } = await placed()
      expect(session.data).toMatchObject({
        channel: "wap",
        amount: Number(order.total).toFixed(2),
        pay_url: expect.stringContaining(standIn.gateway),
      })
      expect((await standIn.open(session.data.pay_url)).status).toBe(200)
      await standIn.pay(no)
      // every request passed the gateway's checks (the query made while completing the cart
      // answers 40004 ACQ.TRADE_NOT_EXIST: the buyer had not opened the cashier yet)
      expect(requestsOf(no).map((r) => r.method)).toContain("alipay.trade.wap.pay")
      for (const request of requestsOf(no)) {
        expect(request.sub_code ?? "").not.toMatch(/^isv\./)
        expect(request.params).toMatchObject({
          app_cert_sn: standIn.certs!.appCertSn,
          alipay_root_cert_sn: standIn.certs!.alipayRootCertSn,
        })
      }

      const valid = standIn.notificationFor(no)
      const forged = {
        ...valid,
        sign: rsa2Sign(
          signContent(valid, ["sign", "sign_type"]),
          generateAlipayKeys().alipayPrivateKey
        ),
      }
      expect(await standIn.deliver(forged)).toMatchObject({ status: 400, body: "fail" })
      expect((await paymentOf(order.id)).payment.captured_at).toBeNull()
      for (let i = 0; i < 3; i++) {
        expect(await standIn.deliver(valid)).toMatchObject({ status: 200, body: "success" })
      }
      const { order: paid, payment } = await paymentOf(order.id)
      expect(paid.payment_status).toBe("captured")
      expect(payment.captures).toHaveLength(1)

      // the refund: signed with the certificates too, answered with alipay_cert_sn
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 1.5 }, admin)
      expect(standIn.trades.get(no)!.refunds).toEqual([
        // numbered by Medusa's refund id (alipay.test.ts)
        expect.objectContaining({
          out_request_no: expect.stringMatching(/^ref_/),
          refund_amount: "1.50",
        }),
      ])
      const refund = requestsOf(no).find((r) => r.method === "alipay.trade.refund")!
      expect(refund.params.app_cert_sn).toBe(standIn.certs!.appCertSn)
    })

    it("recovers a lost notification by the query (answers verified with Alipay's certificate)", async () => {
      const { order, no, buyer } = await placed()
      await standIn.open((await paymentOf(order.id)).payment.data.pay_url)
      await standIn.pay(no)
      expect(standIn.deliveries.filter((d) => d.out_trade_no === no)).toEqual([])
      const status = await eventually(async () => {
        const { data } = await api.get(`/store/alipay/status?order_id=${order.id}`, buyer)
        return data.alipay.state === "paid" && data.alipay
      })
      expect(status).toMatchObject({ state: "paid", amount: Number(order.total).toFixed(2) })
      expect((await paymentOf(order.id)).payment.captures).toHaveLength(1)
      const query = requestsOf(no)
        .filter((r) => r.method === "alipay.trade.query")
        .at(-1)!
      expect(query).toMatchObject({ code: "10000" })
      expect(query.params.alipay_root_cert_sn).toBe(standIn.certs!.alipayRootCertSn)
    })
  }
)
