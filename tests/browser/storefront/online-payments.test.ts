/**
 * Paying the Chinese way in the shop's browser: on a phone a guest pays with
 * 支付宝 (the order placed first, the phone's wap cashier of the Alipay
 * stand-in, back to the shop which shows the order paid, and never offers to
 * pay it again); on a computer a guest scans WeChat Pay's QR code (the stand-in
 * plays the payer, its notification goes to the backend) and the page moves
 * on to the confirmation by itself; on a phone's browser WeChat Pay is H5 (a
 * link to WeChat, back to the shop's return page, which moves on once paid).
 */
import type { Browser, BrowserContext, Page } from "playwright-core"
import { expectVisible, screenshot, useBrowser } from "../../fixtures/browser"
import { addToCartOn, fillCheckoutOn, TOMATO } from "../../fixtures/checkout"
import { useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin } from "../../fixtures/shop-api"

const IPHONE_UA =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
const ORDER_FIELDS =
  "id,total,payment_status,*payment_collections.payments,*payment_collections.payments.captures"

describe("paying with 支付宝 on a phone and 微信支付 by QR code", () => {
  const shop = useShop()
  const session = useBrowser({ locale: "zh-CN" })
  let browser: Browser
  let adminGet: (path: string) => Promise<any>

  const url = (path: string) => `${shop.storefrontUrl}${path}`
  const orderCount = async () => (await adminGet("/admin/orders?limit=1&fields=id")).count as number

  beforeAll(async () => {
    browser = session.browser
    adminGet = adminCall(shop.backendUrl, await signInAdmin(shop.backendUrl))
  })

  /** A guest with a box of tomatoes at the checkout, the form filled, cold-chain delivery, `payment` chosen. */
  async function toCheckout(page: Page, payment: "alipay" | "wechatpay") {
    await addToCartOn(page, shop.storefrontUrl, TOMATO.handle)
    await page.goto(url("/checkout"))
    await fillCheckoutOn(page, { phone: "13925001234", district: "天河区" })
    await page
      .getByTestId("shipping-cold_chain")
      .getByLabel(/冷链配送/)
      .check()
    await page.getByTestId(`payment-${payment}`).check()
  }

  /** The cart's WeChat Pay session as the shop's status route tells it (the cart id from the browser's cookie). */
  async function wechatStatus(buyer: BrowserContext) {
    const cartId = (await buyer.cookies(shop.storefrontUrl)).find((c) => c.name === "cart_id")!
    const response = await fetch(
      `${shop.backendUrl}/store/payments/wechatpay/status?cart_id=${cartId.value}`,
      { headers: { "x-publishable-api-key": shop.publishableKey } }
    )
    return (await response.json()).wechatpay
  }

  /** The payer pays at WeChat Pay (the stand-in); its notification reaches the backend. */
  async function wechatPayerPays(outTradeNo: string) {
    const paid = await fetch(`${shop.wechatpay.payer}/pay/${outTradeNo}`, { method: "POST" })
    expect(paid.status).toBe(200)
    expect(await paid.json()).toMatchObject({ status: 200 })
  }

  async function expectCaptured(orderId: string, provider: string) {
    const { order } = await adminGet(`/admin/orders/${orderId}?fields=${ORDER_FIELDS}`)
    expect(order.payment_status).toBe("captured")
    const payments = order.payment_collections.flatMap((c: any) => c.payments)
    expect(payments).toHaveLength(1)
    expect(payments[0].provider_id).toBe(provider)
    expect(Number(payments[0].amount)).toBe(Number(order.total))
    // captured once, for the whole amount
    expect(payments[0].captures.map((c: any) => Number(c.amount))).toEqual([Number(order.total)])
    return order
  }

  it("on a 390 px phone: places the order, pays at Alipay's wap cashier and sees it paid", async () => {
    const buyer: BrowserContext = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
      userAgent: IPHONE_UA,
      isMobile: true,
      hasTouch: true,
    })
    const page = await buyer.newPage()
    try {
      const ordersBefore = await orderCount()
      await toCheckout(page, "alipay")
      await screenshot(page, "storefront-checkout-payments-390")
      await page.getByTestId("place-order").click()

      // the order is placed (payment awaiting), then the phone goes to 手机网站支付's cashier
      await page.waitForURL((address) => address.href.startsWith(shop.alipay.url), {
        timeout: 60_000,
      })
      expect(new URL(page.url()).searchParams.get("method")).toBe("alipay.trade.wap.pay")
      await expectVisible(page.getByText("支付宝收银台（测试替身）"))
      expect(await orderCount()).toBe(ordersBefore + 1)

      // back in the shop before paying: awaiting Alipay, with the way back to the cashier
      await page.goto(url("/checkout/alipay-return"))
      await expectVisible(page.getByTestId("alipay-status"))
      expect(await page.getByTestId("alipay-state").innerText()).toBe("等待支付宝确认")
      await screenshot(page, "storefront-alipay-awaiting-390")
      await page.getByTestId("alipay-pay").click()
      await page.waitForURL((address) => address.href.startsWith(shop.alipay.url))

      // pays: Alipay notifies the shop and brings the buyer back to the return page
      await page.getByRole("button", { name: "确认付款" }).click()
      await page.waitForURL((address) => address.href.startsWith(url("/checkout/alipay-return")))
      await expect
        .poll(() => page.getByTestId("alipay-state").innerText(), { timeout: 20_000 })
        .toBe("已付款")
      expect(await page.getByTestId("alipay-pay").count()).toBe(0)
      await screenshot(page, "storefront-alipay-paid-390")

      // the order's confirmation: paid, nothing more to pay
      await page.getByTestId("alipay-order-link").click()
      await expectVisible(page.getByTestId("order-confirmed"))
      const orderId = page.url().match(/\/order\/([^/]+)\/confirmed/)![1]
      expect(await page.getByTestId("alipay-state").innerText()).toBe("已付款")
      expect(await page.getByTestId("alipay-pay").count()).toBe(0)
      expect(await page.getByTestId("bank-transfer").count()).toBe(0)
      await expectCaptured(orderId, "pp_alipay_alipay")
      expect(await orderCount()).toBe(ordersBefore + 1)
      await page.goto(url("/cart"))
      await expectVisible(page.getByTestId("cart-empty"))
    } finally {
      await buyer.close()
    }
  })

  it("on a 1280 px computer: shows WeChat Pay's QR code and moves on by itself once it is paid", async () => {
    const buyer = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 1280, height: 900 },
    })
    const page = await buyer.newPage()
    try {
      const ordersBefore = await orderCount()
      await toCheckout(page, "wechatpay")
      await page.getByTestId("place-order").click()

      // the QR code of the Native order, with its countdown; no order until the money arrives
      const payment = page.getByTestId("wechat-payment")
      await expectVisible(payment.getByTestId("wechat-qr"), 60_000)
      // two hours, rounded up to the second: 2:00:00 when the page draws it within the second
      // the order was opened (time_expire is whole seconds), else 1:59:59 and less
      expect(await payment.getByTestId("wechat-countdown").innerText()).toMatch(
        /^二维码 (2:00:00|1:5\d:\d\d) 后失效$/
      )
      const drawn = await payment.getByTestId("wechat-qr").evaluate((canvas) => {
        const { data } = (canvas as HTMLCanvasElement)
          .getContext("2d")!
          .getImageData(
            0,
            0,
            (canvas as HTMLCanvasElement).width,
            1 + (canvas as HTMLCanvasElement).height / 2
          )
        let dark = 0
        for (let i = 0; i < data.length; i += 4) if (data[i] < 128) dark++
        return dark
      })
      expect(drawn).toBeGreaterThan(100)
      expect(await orderCount()).toBe(ordersBefore)
      await screenshot(page, "storefront-wechatpay-qr-1280")

      // the session behind the QR code, as the shop's status route tells it
      const first = await wechatStatus(buyer)
      expect(first).toMatchObject({ status: "pending", trade_state: "NOTPAY", order_id: null })
      expect(await payment.getByTestId("wechat-amount").innerText()).toContain(
        (first.amount_fen / 100).toFixed(2)
      )

      // its time runs out: the page says so and offers a new QR code
      const expired = await fetch(`${shop.wechatpay.payer}/expire/${first.out_trade_no}`, {
        method: "POST",
      })
      expect(expired.status).toBe(204)
      await expectVisible(payment.getByTestId("wechat-renew"))
      expect(await payment.getByTestId("wechat-status").innerText()).toBe(
        "二维码已失效，请重新获取"
      )
      expect(await payment.getByTestId("wechat-qr").count()).toBe(0)
      await screenshot(page, "storefront-wechatpay-expired-1280")
      await payment.getByTestId("wechat-renew").click()
      await expectVisible(payment.getByTestId("wechat-qr"))
      await expectVisible(payment.getByTestId("wechat-countdown"))
      const before = await wechatStatus(buyer)
      expect(before).toMatchObject({ status: "pending", trade_state: "NOTPAY", order_id: null })
      expect(before.out_trade_no).not.toBe(first.out_trade_no)
      expect(before.amount_fen).toBe(first.amount_fen)
      // the old QR code can no longer be paid
      const old = await fetch(`${shop.wechatpay.payer}/pay/${first.out_trade_no}`, {
        method: "POST",
      })
      expect(old.status).toBe(409)

      // the payer scans the new one and pays
      await wechatPayerPays(before.out_trade_no)

      // the page moves on by itself
      await page.waitForURL(/\/order\/order_[0-9A-Za-z]+\/confirmed$/, { timeout: 30_000 })
      await expectVisible(page.getByTestId("order-paid"))
      expect(await page.getByTestId("order-paid").innerText()).toContain("支付已完成")
      const orderId = page.url().match(/\/order\/([^/]+)\/confirmed/)![1]
      const order = await expectCaptured(orderId, "pp_wechatpay_wechatpay")
      expect(Math.round(Number(order.total) * 100)).toBe(before.amount_fen)
      expect(await orderCount()).toBe(ordersBefore + 1)
      await screenshot(page, "storefront-wechatpay-confirmed-1280")
      await page.goto(url("/cart"))
      await expectVisible(page.getByTestId("cart-empty"))
    } finally {
      await buyer.close()
    }
  })

  it("on a phone's browser: WeChat Pay's H5 link, and back from WeChat the page moves on to the paid order", async () => {
    const buyer = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
      userAgent: IPHONE_UA,
      isMobile: true,
      hasTouch: true,
    })
    const page = await buyer.newPage()
    try {
      const ordersBefore = await orderCount()
      await toCheckout(page, "wechatpay")
      await page.getByTestId("place-order").click()

      // H5 (no QR code on a phone): the link to WeChat, coming back to the shop's return page
      const link = page.getByTestId("wechat-h5")
      await expectVisible(link, 60_000)
      expect(await page.getByTestId("wechat-qr").count()).toBe(0)
      const h5 = new URL((await link.getAttribute("href"))!)
      expect(h5.searchParams.get("redirect_url")).toBe(url("/checkout/wechatpay"))
      await screenshot(page, "storefront-wechatpay-h5-390")
      const before = await wechatStatus(buyer)
      expect(before).toMatchObject({ status: "pending", order_id: null })
      expect(await orderCount()).toBe(ordersBefore)

      // paid in WeChat, then WeChat brings the buyer back
      await wechatPayerPays(before.out_trade_no)
      await page.goto(h5.searchParams.get("redirect_url")!)
      await page.waitForURL(/\/order\/order_[0-9A-Za-z]+\/confirmed$/, { timeout: 30_000 })
      expect(await page.getByTestId("order-paid").innerText()).toContain("支付已完成")
      const orderId = page.url().match(/\/order\/([^/]+)\/confirmed/)![1]
      await expectCaptured(orderId, "pp_wechatpay_wechatpay")
      expect(await orderCount()).toBe(ordersBefore + 1)
    } finally {
      await buyer.close()
    }
  })
})
