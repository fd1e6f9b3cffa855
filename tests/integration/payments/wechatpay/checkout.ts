/**
 * 微信支付 through the shop's WeChat Pay provider (API v3), against the local
 * WeChat Pay stand-in (tests/fixtures/wechatpay): sessions for Native, H5 and
 * JSAPI with the amount in fen, payment notifications verified before
 * anything is captured, the order query when a notification is lost.
 */
import type { ShopSuite } from "../../../fixtures/http"
import { failure } from "../../../fixtures/medusa"
import { eventually } from "../../../fixtures/orders"
import { orderOfCartIn } from "../../../fixtures/stripe/checkout"
import type { WechatPayStandIn } from "../../../fixtures/wechatpay"
import { WECHATPAY, wechatCartOf } from "../../../fixtures/wechatpay/checkout"
import { afterWebhookDelay } from "../../../fixtures/webhook-delay"

const LINES = [
  { handle: "shejiang-simiao-rice", quantity: 2 },
  { handle: "songyuan-mountain-green-tea", quantity: 1 },
]

export function wechatpayCheckoutTests(
  { api, getContainer, admin, store }: ShopSuite,
  standIn: WechatPayStandIn
) {
  beforeEach(() => {
    standIn.autoDeliver = true
  })

  const wechatCart = (data?: Record<string, unknown>) =>
    wechatCartOf(api, getContainer(), store, LINES, data)
  const orderOf = (cartId: string) => orderOfCartIn(getContainer(), cartId)
  const paymentsOf = async (orderId: string) => {
    const { data } = await api.get(
      `/admin/orders/${orderId}?fields=payment_status,total,*payment_collections.payments,*payment_collections.payments.captures`,
      admin
    )
    return { order: data.order, payments: data.order.payment_collections[0].payments as any[] }
  }
  const sales = async (orderId: string) =>
    (await api.get(`/admin/aid/entries?order_id=${orderId}`, admin)).data.entries.filter(
      (e: any) => e.kind === "sale"
    )

  it("is offered in the region; a Native session opens an order in fen, signed, with the QR code's code_url", async () => {
    const { data: regions } = await api.get("/store/regions", store)
    const region = regions.regions.find((r: any) => r.name === "中国大陆")
    const { data } = await api.get(`/store/payment-providers?region_id=${region.id}`, store)
    expect(data.payment_providers.map((p: any) => p.id)).toContain(WECHATPAY)

    const { session, cart } = await wechatCart()
    const fen = Math.round(Number(cart.total) * 100)
    expect(fen).toBeGreaterThan(0)
    expect(session.data).toMatchObject({
      channel: "native",
      amount_fen: fen,
      currency: "CNY",
      session_id: session.id,
      code_url: expect.stringMatching(/^weixin:\/\/wxpay\/bizpayurl\?pr=/),
      time_expire: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/),
    })
    expect(session.data.out_trade_no.length).toBeLessThanOrEqual(32)
    const sent = standIn.requests.find(
      (r) =>
        r.path === "/v3/pay/transactions/native" &&
        r.body?.out_trade_no === session.data.out_trade_no
    )!
    expect(sent.status).toBe(200)
    expect(sent.body).toMatchObject({
      appid: standIn.keys.appid,
      mchid: standIn.keys.mchid,
      amount: { total: fen, currency: "CNY" },
      notify_url: "https://shop.example.cn/hooks/payment/wechatpay_wechatpay",
      attach: session.id,
    })
    // two hours to pay
    const expires = new Date(session.data.time_expire).getTime()
    expect(Math.abs(expires - Date.now() - 2 * 3600_000)).toBeLessThan(60_000)
  })

  it("opens H5 with the payer's IP; refuses JSAPI with an openid from the browser, and bad input, in Chinese", async () => {
    const h5 = await wechatCart({ channel: "h5", client_ip: "113.108.1.20" })
    expect(h5.session.data.h5_url).toMatch(/^https:\/\/wx\.tenpay\.com\//)
    const h5Sent = standIn.requests.find(
      (r) => r.body?.out_trade_no === h5.session.data.out_trade_no
    )!
    expect(h5Sent.path).toBe("/v3/pay/transactions/h5")
    expect(h5Sent.body!.scene_info).toMatchObject({
      payer_client_ip: "113.108.1.20",
      h5_info: { type: "Wap" },
    })

    // JSAPI's payer comes only from the shop's own 网页授权 exchange (wechatpay-jsapi.test.ts):
    // an openid in the browser's body is refused, and nothing reaches WeChat Pay
    const jsapiSent = () => standIn.requests.filter((r) => r.path === "/v3/pay/transactions/jsapi")
    const before = jsapiSent().length
    for (const data of [
      { channel: "jsapi", openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" },
      { channel: "native", openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" },
    ]) {
      const refused = await failure(
        api.post(
          `/store/payment-collections/${h5.collectionId}/payment-sessions`,
          { provider_id: WECHATPAY, data },
          h5.headers
        )
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/openid 须由商城经微信授权取得/)
    }
    expect(jsapiSent()).toHaveLength(before)

    for (const [data, message] of [
      [{ channel: "alipay" }, /native、h5 或 jsapi/],
      [{ channel: "jsapi" }, /openid/],
      [{ channel: "h5", client_ip: "not-an-ip" }, /IP 地址不正确/],
    ] as const) {
      const bad = await failure(
        api.post(
          `/store/payment-collections/${h5.collectionId}/payment-sessions`,
          { provider_id: WECHATPAY, data },
          h5.headers
        )
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(message)
    }
  })

  it("refuses forged, altered and stale notifications (nothing captured); a valid one delivered three times captures once", async () => {
    standIn.autoDeliver = false
    const { cartId, session, cart } = await wechatCart()
    const no = session.data.out_trade_no
    await standIn.pay(no)

    const forged = await standIn.deliver(no, standIn.notificationOf(no, { forged: true }))
    const altered = await standIn.deliver(
      no,
      standIn.notificationOf(no, {
        tamper: (b) => (b.resource.ciphertext = `A${b.resource.ciphertext.slice(1)}`),
      })
    )
    const stale = await standIn.deliver(no, standIn.notificationOf(no, { ageSeconds: 6 * 60 }))
    for (const refused of [forged, altered, stale]) {
      expect(refused.status).toBe(401)
      expect(JSON.parse(refused.body)).toEqual({ code: "FAIL", message: "签名验证失败" })
    }
    await afterWebhookDelay()
    expect(await orderOf(cartId)).toBeUndefined()

    const valid = standIn.notificationOf(no)
    for (let i = 0; i < 3; i++) expect((await standIn.deliver(no, valid)).status).toBe(200)
    const orderId = await eventually(() => orderOf(cartId), 30_000)
    await afterWebhookDelay()
    const { order, payments } = await paymentsOf(orderId)
    expect(order.payment_status).toBe("captured")
    expect(payments).toHaveLength(1)
    expect(payments[0].captures).toHaveLength(1)
    expect(Number(payments[0].amount)).toBe(Number(cart.total))
    // the aid ledger credits each line's town once
    const credited = await eventually(async () => {
      const entries = await sales(orderId)
      return entries.length === 2 && entries
    })
    expect(credited).toHaveLength(2)
  })

  it("recovers a lost notification by the order query: the status poll sees it paid and the order appears", async () => {
    standIn.autoDeliver = false
    const { cartId, session, headers } = await wechatCart()
    const status = () => api.get(`/store/payments/wechatpay/status?cart_id=${cartId}`, headers)
    expect((await status()).data.wechatpay).toMatchObject({
      status: "pending",
      trade_state: "NOTPAY",
      out_trade_no: session.data.out_trade_no,
      order_id: null,
    })
    // not paid yet: completing the cart is refused, no order
    expect((await failure(api.post(`/store/carts/${cartId}/complete`, {}, headers))).status).toBe(
      400
    )
    expect(await orderOf(cartId)).toBeUndefined()

    expect(await standIn.pay(session.data.out_trade_no)).toBeNull() // the notification is lost
    const { data } = await status()
    expect(data.wechatpay).toMatchObject({
      status: "paid",
      trade_state: "SUCCESS",
      order_id: expect.any(String),
    })
    expect(await orderOf(cartId)).toBe(data.wechatpay.order_id)
    expect((await paymentsOf(data.wechatpay.order_id)).order.payment_status).toBe("captured")
    // polled again: the same order, nothing captured twice
    expect((await status()).data.wechatpay.order_id).toBe(data.wechatpay.order_id)
    expect((await paymentsOf(data.wechatpay.order_id)).payments[0].captures).toHaveLength(1)

    // only the cart's holder: an unknown cart id and a malformed one are 404 and 400
    expect(
      (
        await failure(
          api.get("/store/payments/wechatpay/status?cart_id=cart_01NOSUCHCART0000000000000", store)
        )
      ).status
    ).toBe(404)
    expect(
      (await failure(api.get("/store/payments/wechatpay/status?cart_id=x", store))).status
    ).toBe(400)
  })

  it("completes the cart itself once paid (the storefront's path): the query authorizes and captures", async () => {
    standIn.autoDeliver = false
    const { cartId, session, headers } = await wechatCart()
    await standIn.pay(session.data.out_trade_no)
    const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
    expect(data.type).toBe("order")
    const { order, payments } = await paymentsOf(data.order.id)
    expect(order.payment_status).toBe("captured")
    expect(payments[0].data).toMatchObject({
      trade_state: "SUCCESS",
      transaction_id: expect.any(String),
    })
    // the notification arrives late: acknowledged, nothing more captured
    expect((await standIn.deliver(session.data.out_trade_no)).status).toBe(200)
    await afterWebhookDelay()
    expect((await paymentsOf(order.id)).payments[0].captures).toHaveLength(1)
  })

  it("places no order for a trade already refunded: its money was given back", async () => {
    standIn.autoDeliver = false
    const { cartId, session, headers } = await wechatCart()
    await standIn.pay(session.data.out_trade_no)
    standIn.refundOnPlatform(session.data.out_trade_no)
    const answer = await api
      .post(`/store/carts/${cartId}/complete`, {}, headers)
      .catch((error: any) => error.response)
    expect(answer.status).toBeLessThan(500)
    expect(answer.data.type).not.toBe("order")
    const { data } = await api.get(`/store/carts/${cartId}`, headers)
    expect(data.cart.completed_at ?? null).toBeNull()
  })
}
