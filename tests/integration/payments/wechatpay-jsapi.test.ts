/**
 * JSAPI pay inside WeChat's browser: the buyer's openid through the shop's
 * 网页授权 (snsapi_base) against the WeChat OAuth and Pay stand-ins
 * (tests/fixtures/wechatpay): the authorize address with a state bound to
 * the cart, the code exchanged server side (single use, expiring, the state
 * checked first), the JSAPI order in fen for that openid, the bridge's
 * paySign, and the payment captured once WeChat's sheet is confirmed. An
 * openid never comes from the browser.
 */
import { createVerify } from "node:crypto"
import { shopSuite } from "../../fixtures/http"
import { failure } from "../../fixtures/medusa"
import { eventually, prepareCart } from "../../fixtures/orders"
import { startWechatPayStandIn } from "../../fixtures/wechatpay"
import { WECHATPAY } from "../../fixtures/wechatpay/checkout"

const standIn = await startWechatPayStandIn()
afterAll(async () => {
  await standIn.close()
})

const CALLBACK = "https://shop.example.cn/checkout/wechatpay/oauth"
const LINES = [{ handle: "shejiang-simiao-rice", quantity: 3 }]

shopSuite(
  { env: { ...standIn.env(), WECHAT_OAUTH_REDIRECT_URL: CALLBACK } },
  ({ api, getContainer, store }) => {
    beforeAll(() => {
      standIn.deliverTo = api.defaults.baseURL
    })
    beforeEach(() => {
      standIn.state.now = () => new Date()
    })

    const cartOf = (auth?: Record<string, string>) =>
      prepareCart(api, getContainer(), store, { lines: LINES, ...(auth ? { auth } : {}) })
    /** The authorize address for the cart, as the storefront gets it. */
    const authorize = async (cartId: string, headers = store) =>
      (await api.post("/store/payments/wechatpay/oauth", { cart_id: cartId }, headers)).data
        .wechat_oauth as { authorize_url: string; expires_at: number }
    /** WeChat's authorize page, passed by the buyer: where it sends the browser back. */
    const passAuthorize = async (authorizeUrl: string) => {
      const response = await fetch(authorizeUrl.replace(/#wechat_redirect$/, ""), {
        redirect: "manual",
      })
      expect(response.status).toBe(302)
      const back = new URL(response.headers.get("location")!)
      return { code: back.searchParams.get("code")!, state: back.searchParams.get("state")! }
    }
    const jsapiOrders = () =>
      standIn.requests.filter((r) => r.path === "/v3/pay/transactions/jsapi" && r.status === 200)

    it("exchanges WeChat's code on the server, opens a JSAPI order in fen for that openid, signs the bridge's parameters, and the confirmed sheet pays the order", async () => {
      const { cartId, headers } = await cartOf()
      const { authorize_url, expires_at } = await authorize(cartId, headers)
      const url = new URL(authorize_url)
      expect(`${url.origin}${url.pathname}`).toBe(`${standIn.url}/connect/oauth2/authorize`)
      expect(url.hash).toBe("#wechat_redirect")
      expect(Object.fromEntries(url.searchParams)).toEqual({
        appid: standIn.keys.appid,
        redirect_uri: CALLBACK,
        response_type: "code",
        scope: "snsapi_base",
        state: expect.stringMatching(/^[A-Za-z0-9]{1,128}$/),
      })
      expect(authorize_url).not.toContain(standIn.oauth.appSecret)
      expect(expires_at * 1000 - Date.now()).toBeGreaterThan(5 * 60_000)

      const { code, state } = await passAuthorize(authorize_url)
      const { data } = await api.post(
        "/store/payments/wechatpay/jsapi",
        { cart_id: cartId, code, state },
        headers
      )
      // the answer: what getBrandWCPayRequest takes, never the openid
      expect(JSON.stringify(data)).not.toContain(standIn.oauth.buyerOpenid)
      const { data: cart } = await api.get(`/store/carts/${cartId}`, headers)
      const fen = Math.round(Number(cart.cart.total) * 100)
      expect(fen).toBeGreaterThan(0)
      const params = data.wechatpay.jsapi
      expect(data.wechatpay).toMatchObject({ amount_fen: fen, out_trade_no: expect.any(String) })
      const sent = jsapiOrders().find((r) => r.body?.out_trade_no === data.wechatpay.out_trade_no)!
      expect(sent.body).toMatchObject({
        appid: standIn.keys.appid,
        mchid: standIn.keys.mchid,
        amount: { total: fen, currency: "CNY" },
        payer: { openid: standIn.oauth.buyerOpenid },
      })
      const prepayId = standIn.state.orders.get(data.wechatpay.out_trade_no)!.prepay_id
      expect(params).toMatchObject({
        appId: standIn.keys.appid,
        package: `prepay_id=${prepayId}`,
        signType: "RSA",
        timeStamp: expect.stringMatching(/^\d{10}$/),
      })
      const signed = `${params.appId}\n${params.timeStamp}\n${params.nonceStr}\n${params.package}\n`
      expect(
        createVerify("RSA-SHA256")
          .update(signed)
          .verify(standIn.keys.merchantPublicKey, params.paySign, "base64")
      ).toBe(true)
      // the session is the cart's WeChat Pay session, JSAPI
      const session = cart.cart.payment_collection.payment_sessions.find(
        (s: any) => s.provider_id === WECHATPAY
      )
      expect(session.id).toBe(data.wechatpay.payment_session_id)
      expect(session.data.channel).toBe("jsapi")

      // a tampered sign is refused by WeChat's app; cancelling pays nothing
      const forged = await standIn.payWithBridge({ ...params, nonceStr: "ABC" })
      expect(forged.err_msg).toBe("get_brand_wcpay_request:fail")
      expect((await standIn.payWithBridge(params, "cancel")).err_msg).toBe(
        "get_brand_wcpay_request:cancel"
      )
      expect(standIn.state.orders.get(data.wechatpay.out_trade_no)!.trade_state).toBe("NOTPAY")
      // confirmed: paid, the notification captures, the cart becomes the order
      expect((await standIn.payWithBridge(params)).err_msg).toBe("get_brand_wcpay_request:ok")
      const paid = await eventually(async () => {
        const { data: status } = await api.get(
          `/store/payments/wechatpay/status?cart_id=${cartId}`,
          headers
        )
        return status.wechatpay.status === "paid" && status.wechatpay.order_id
          ? status.wechatpay
          : null
      })
      expect(paid.amount_fen).toBe(fen)
    })

    it("refuses a used or expired code and a state of another cart or altered, in Chinese, opening nothing", async () => {
      const a = await cartOf()
      const b = await cartOf()
      const before = jsapiOrders().length
      const post = (body: Record<string, unknown>, headers = a.headers) =>
        failure(api.post("/store/payments/wechatpay/jsapi", body, headers))

      const first = await passAuthorize((await authorize(a.cartId, a.headers)).authorize_url)
      // a's state on b: refused before the code is spent
      const other = await post({ cart_id: b.cartId, ...first }, b.headers)
      expect(other.status).toBe(400)
      expect(other.data.message).toMatch(/与当前购物车不符/)
      const altered = await post({
        cart_id: a.cartId,
        code: first.code,
        state: `${first.state.slice(0, -1)}${first.state.endsWith("0") ? "1" : "0"}`,
      })
      expect(altered.status).toBe(400)
      expect(altered.data.message).toMatch(/与当前购物车不符/)
      // the code was not spent: it still opens a's session, once
      await api.post("/store/payments/wechatpay/jsapi", { cart_id: a.cartId, ...first }, a.headers)
      expect(jsapiOrders()).toHaveLength(before + 1)
      const used = await post({ cart_id: a.cartId, ...first })
      expect(used.status).toBe(400)
      expect(used.data.message).toMatch(/微信授权已失效.*40163/)

      // a code older than WeChat's 5 minutes
      const late = await passAuthorize((await authorize(b.cartId, b.headers)).authorize_url)
      standIn.state.now = () => new Date(Date.now() + 6 * 60_000)
      const expired = await post({ cart_id: b.cartId, ...late }, b.headers)
      expect(expired.status).toBe(400)
      expect(expired.data.message).toMatch(/微信授权已失效.*40029/)
      expect(jsapiOrders()).toHaveLength(before + 1)

      // shapes: unknown fields (an openid among them) and malformed values are 400
      for (const body of [
        { cart_id: a.cartId, ...first, openid: standIn.oauth.buyerOpenid },
        { cart_id: a.cartId, code: "x", state: first.state },
        { cart_id: a.cartId, code: first.code, state: "not-alphanumeric!" },
      ]) {
        expect((await post(body)).status).toBe(400)
      }
    })

    it("answers a registered buyer's cart to that buyer only; a stranger with its id gets 404", async () => {
      const email = `jsapi-${Date.now()}@example.cn`
      const { data: registered } = await api.post("/auth/customer/emailpass/register", {
        email,
        password: "Meixian-2026!",
      })
      await api.post(
        "/store/customers",
        { email, first_name: "微信买家" },
        { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } }
      )
      const { data: login } = await api.post("/auth/customer/emailpass", {
        email,
        password: "Meixian-2026!",
      })
      const auth = { authorization: `Bearer ${login.token}` }
      const { cartId, headers } = await cartOf(auth)
      const { authorize_url } = await authorize(cartId, headers)
      const { code, state } = await passAuthorize(authorize_url)

      for (const [path, body] of [
        ["/store/payments/wechatpay/oauth", { cart_id: cartId }],
        ["/store/payments/wechatpay/jsapi", { cart_id: cartId, code, state }],
      ] as const) {
        const stranger = await failure(api.post(path, body, store))
        expect(stranger.status).toBe(404)
      }
      // the code is still the buyer's to use
      const { data } = await api.post(
        "/store/payments/wechatpay/jsapi",
        { cart_id: cartId, code, state },
        headers
      )
      expect(data.wechatpay.jsapi.paySign).toBeTruthy()
    })
  }
)
