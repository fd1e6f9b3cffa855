/**
 * 微信支付 inside WeChat's browser (JSAPI): a guest on a 390 px phone whose
 * browser says MicroMessenger chooses 微信支付; the shop sends the browser
 * through WeChat's 网页授权 (the stand-in's authorize page, snsapi_base) and
 * back to its callback, the backend gets the openid and opens a JSAPI order,
 * and the page opens WeChat's payment sheet. The sheet is a fake
 * WeixinJSBridge injected here only: it hands the parameters to the WeChat
 * Pay stand-in, which pays only when paySign verifies with the merchant's
 * key. Cancelled first (the page says so in Chinese), then paid: the page
 * moves on by itself to the paid order.
 */
import { expectVisible, screenshot, useBrowser } from "../../fixtures/browser"
import { addToCartOn, fillCheckoutOn, TOMATO } from "../../fixtures/checkout"
import { useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin } from "../../fixtures/shop-api"

const WECHAT_UA =
  "Mozilla/5.0 (Linux; Android 14; Pixel 7 Build/UQ1A.240205.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64"
const ORDER_FIELDS =
  "id,total,payment_status,*payment_collections.payments,*payment_collections.payments.captures"

describe("paying with 微信支付 inside WeChat's browser (JSAPI)", () => {
  const shop = useShop()
  const session = useBrowser({ locale: "zh-CN" })

  it("on a 390 px phone in WeChat: 网页授权, WeChat's sheet cancelled then paid, and the order is paid", async () => {
    const adminGet = adminCall(shop.backendUrl, await signInAdmin(shop.backendUrl))
    const buyer = await session.browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
      userAgent: WECHAT_UA,
      isMobile: true,
      hasTouch: true,
    })
    // WeChat's sheet: what the buyer does with each request, in turn
    const choices: ("cancel" | "pay")[] = ["cancel", "pay"]
    const sheet: { name: string; params: Record<string, string>; err_msg: string }[] = []
    await buyer.exposeFunction(
      "__wechatSheet",
      async (name: string, params: Record<string, string>) => {
        const choice = choices.shift() ?? "pay"
        const response = await fetch(`${shop.wechatpay.payer}/jsapi/${choice}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(params),
        })
        const answer = (await response.json()) as { err_msg: string }
        sheet.push({ name, params, err_msg: answer.err_msg })
        return answer
      }
    )
    await buyer.addInitScript(() => {
      const w = window as unknown as {
        WeixinJSBridge: unknown
        __wechatSheet: (name: string, params: unknown) => Promise<{ err_msg: string }>
      }
      w.WeixinJSBridge = {
        invoke: (name: string, params: unknown, done: (answer: { err_msg: string }) => void) =>
          w.__wechatSheet(name, params).then(done),
      }
    })
    const page = await buyer.newPage()
    const authorizeRequests: URL[] = []
    page.on("request", (request) => {
      const target = new URL(request.url())
      if (target.pathname === "/connect/oauth2/authorize") authorizeRequests.push(target)
    })
    try {
      await addToCartOn(page, shop.storefrontUrl, TOMATO.handle)
      await page.goto(`${shop.storefrontUrl}/checkout`)
      await fillCheckoutOn(page, { phone: "13925001234", district: "天河区" })
      await page
        .getByTestId("shipping-cold_chain")
        .getByLabel(/冷链配送/)
        .check()
      await page.getByTestId("payment-wechatpay").check()
      await screenshot(page, "storefront-wechat-jsapi-checkout-390")
      await page.getByTestId("place-order").click()

      // through WeChat's authorize page and the shop's callback to the JSAPI page
      // (the browser keeps the authorize address's #wechat_redirect across the redirects, as WeChat's does)
      await page.waitForURL(/\/checkout\/wechatpay\/jsapi(#wechat_redirect)?$/, { timeout: 60_000 })
      expect(authorizeRequests).toHaveLength(1)
      expect(authorizeRequests[0].searchParams.get("scope")).toBe("snsapi_base")
      expect(authorizeRequests[0].searchParams.get("redirect_uri")).toBe(
        `${shop.storefrontUrl}/checkout/wechatpay/oauth`
      )
      const payment = page.getByTestId("wechat-payment")
      await expectVisible(payment)
      expect(await payment.getByTestId("wechat-qr").count()).toBe(0)

      // the sheet opened by itself; the buyer cancelled it
      await expectVisible(payment.getByTestId("wechat-error"))
      expect(await payment.getByTestId("wechat-error").innerText()).toBe(
        "您已取消支付，订单尚未付款，可再次点击“立即支付”"
      )
      expect(sheet[0]).toMatchObject({
        name: "getBrandWCPayRequest",
        err_msg: "get_brand_wcpay_request:cancel",
      })
      expect(sheet[0].params).toMatchObject({
        signType: "RSA",
        package: expect.stringMatching(/^prepay_id=wx/),
      })
      await screenshot(page, "storefront-wechat-jsapi-canceled-390")

      // again: paid (the stand-in verified paySign), and the page moves on by itself
      await payment.getByTestId("wechat-jsapi").click()
      await page.waitForURL(/\/order\/order_[0-9A-Za-z]+\/confirmed$/, { timeout: 45_000 })
      expect(sheet[1].err_msg).toBe("get_brand_wcpay_request:ok")
      expect(await page.getByTestId("order-paid").innerText()).toContain("支付已完成")
      await screenshot(page, "storefront-wechat-jsapi-paid-390")

      const orderId = page.url().match(/\/order\/([^/]+)\/confirmed/)![1]
      const { order } = await adminGet(`/admin/orders/${orderId}?fields=${ORDER_FIELDS}`)
      expect(order.payment_status).toBe("captured")
      const payments = order.payment_collections.flatMap((c: any) => c.payments)
      expect(payments).toHaveLength(1)
      expect(payments[0].provider_id).toBe("pp_wechatpay_wechatpay")
      expect(payments[0].data.channel).toBe("jsapi")
      expect(payments[0].captures.map((c: any) => Number(c.amount))).toEqual([Number(order.total)])
    } finally {
      await buyer.close()
    }
  })
})
