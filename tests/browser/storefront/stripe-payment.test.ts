/**
 * A guest pays by card through Stripe's Payment Element on a phone: the shop's
 * Stripe (against the Stripe API stand-in, its webhooks delivered to the
 * backend) and Stripe.js (the stand-in served for js.stripe.com): a declined
 * card first, in Chinese, then a good one; the order is paid, at Stripe too.
 */
import type { Browser } from "playwright-core"
import { expectVisible, screenshot, useBrowser } from "../../fixtures/browser"
import { PHONE, STRIPE, TOMATO } from "../../fixtures/checkout"
import { type Shop, useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin } from "../../fixtures/shop-api"
import { CARD_ERROR_MESSAGES_ZH } from "../../fixtures/stripe/cards"
import {
  installStripeJs,
  PAYMENT_ELEMENT_LABELS,
  STRIPE_JS_RELEASE,
  TEST_CARDS,
} from "../../fixtures/stripe-js"

describe("a buyer from the cart to a paid order (bank transfer, Stripe)", () => {
  const shop = useShop()
  const session = useBrowser(PHONE)
  let browser: Browser
  let stripe: Shop["stripe"]
  let adminGet: (path: string) => Promise<any>

  const url = (path: string) => `${shop.storefrontUrl}${path}`
  const orderCount = async () => (await adminGet("/admin/orders?limit=1&fields=id")).count as number

  beforeAll(async () => {
    browser = session.browser
    stripe = shop.stripe
    adminGet = adminCall(shop.backendUrl, await signInAdmin(shop.backendUrl))
  })

  it("pays by card through Stripe's Payment Element: a declined card first, in Chinese, then a good one", async () => {
    const buyer = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
    })
    const stripeJs = await installStripeJs(buyer, { apiBase: stripe.url })
    const labels = PAYMENT_ELEMENT_LABELS.zh
    const guest = await buyer.newPage()
    const contact = `stripe-${process.pid}@example.cn`
    try {
      await guest.goto(url(`/products/${TOMATO.handle}`))
      await guest.getByTestId("add-to-cart").click()
      await expectVisible(guest.getByTestId("add-to-cart-ok"))

      await guest.goto(url("/checkout"))
      const form = guest.getByTestId("checkout-form")
      await form.getByLabel("手机号或电子邮箱").fill(contact)
      await form.getByLabel("收货人姓名").fill("陈芳")
      await form.getByLabel("收货人手机号").fill("13925001234")
      await form.getByLabel("省份").selectOption({ label: "广东省" })
      await form
        .getByLabel("城市")
        .locator("option", { hasText: "梅州市" })
        .waitFor({ state: "attached" })
      await form.getByLabel("城市").selectOption({ label: "梅州市" })
      await form
        .getByLabel("区/县")
        .locator("option", { hasText: "梅县区" })
        .waitFor({ state: "attached" })
      await form.getByLabel("区/县").selectOption({ label: "梅县区" })
      await form.getByLabel("街道/乡镇").fill("新城街道")
      await form.getByLabel("详细地址").fill("华侨城 3 栋 502 室")
      await guest
        .getByTestId("shipping-cold_chain")
        .getByLabel(/冷链配送/)
        .check()
      await guest.getByTestId("payment-stripe").check()
      const ordersBefore = await orderCount()
      await guest.getByTestId("place-order").click()

      // Stripe.js (the stand-in, from js.stripe.com) mounts the Payment Element for the session's client secret
      const payment = guest.getByTestId("stripe-payment")
      await expectVisible(payment.getByLabel(labels.number))
      expect(stripeJs.loads).toEqual([`https://js.stripe.com/${STRIPE_JS_RELEASE}/stripe.js`])
      expect(await orderCount()).toBe(ordersBefore)
      // the PaymentIntent Medusa's Stripe provider created for this cart's payment session
      const intent = [...(await stripe.state()).intents.values()].at(-1)!
      expect(intent).toMatchObject({
        currency: "cny",
        status: "requires_payment_method",
        metadata: { session_id: expect.stringMatching(/^payses_/) },
      })
      // the summary beside the card fields shows what the intent charges, cold-chain delivery included
      await expectVisible(
        guest
          .getByTestId("checkout-summary")
          .getByTestId("cart-total")
          .getByText(`¥${(intent.amount / 100).toFixed(2)}`)
      )

      // Stripe.js's own checks, in the page: no secret key, no intent without its client secret
      const checks = await guest.evaluate(
        async ({ publishableKey, intentId }) => {
          const Stripe = (window as any).Stripe
          let secretKey = ""
          try {
            Stripe("sk_test_not_for_browsers")
          } catch (error) {
            secretKey = (error as Error).message
          }
          const wrong = await Stripe(publishableKey).retrievePaymentIntent(
            `${intentId}_secret_wrong`
          )
          return { secretKey, wrong: wrong.error }
        },
        { publishableKey: stripe.publishableKey, intentId: intent.id }
      )
      expect(checks.secretKey).toMatch(/secret key/)
      expect(checks.wrong).toMatchObject({
        type: "invalid_request_error",
        code: "payment_intent_invalid_parameter",
        param: "client_secret",
      })

      const enterCard = async (number: string) => {
        await payment.getByLabel(labels.number).fill(number)
        await payment.getByLabel(labels.expiry).fill("12 / 34")
        await payment.getByLabel(labels.cvc).fill("123")
      }

      // the declined test card: Stripe's Chinese message, no order, the intent waits for another card
      await enterCard(TEST_CARDS.declined)
      await guest.setViewportSize({ width: 390, height: 900 })
      await screenshot(guest, "storefront-checkout-stripe-390")
      await guest.getByTestId("stripe-pay").click()
      await expectVisible(guest.getByTestId("stripe-error"))
      expect(await guest.getByTestId("stripe-error").textContent()).toBe(
        CARD_ERROR_MESSAGES_ZH.generic_decline
      )
      await screenshot(guest, "storefront-checkout-stripe-declined-390")
      expect(guest.url()).toContain("/checkout")
      expect(await orderCount()).toBe(ordersBefore)
      expect((await stripe.state()).intents.get(intent.id)!.status).toBe("requires_payment_method")
      expect((await stripe.state()).intents.get(intent.id)!.last_payment_error).toMatchObject({
        code: "card_declined",
        decline_code: "generic_decline",
      })

      // what the browser sent: the confirm call Stripe.js makes, with the publishable key and the client secret
      const confirms = (await stripe.state()).requests.filter(
        (r) => r.path === `/v1/payment_intents/${intent.id}/confirm`
      )
      expect(confirms).toHaveLength(1)
      expect(confirms[0]).toMatchObject({
        method: "POST",
        key: "publishable",
        params: {
          client_secret: intent.client_secret,
          payment_method_data: {
            type: "card",
            card: { number: TEST_CARDS.declined.replace(/ /g, ""), exp_month: "12", cvc: "123" },
          },
        },
      })

      // 4242…: paid, the cart completes, the confirmation page shows
      await enterCard(TEST_CARDS.visa)
      await guest.getByTestId("stripe-pay").click()
      await expectVisible(guest.getByTestId("order-confirmed"), 60_000)
      const orderId = guest.url().match(/\/order\/([^/]+)\/confirmed/)![1]
      await screenshot(guest, "storefront-order-confirmed-stripe-390")
      expect(await guest.getByTestId("order-paid").textContent()).toContain("支付已完成")
      expect(await orderCount()).toBe(ordersBefore + 1)

      const { order } = await adminGet(
        `/admin/orders/${orderId}?fields=id,email,total,currency_code,payment_status,*shipping_address,*payment_collections.payments,*payment_collections.payments.captures`
      )
      expect(order.email).toBe(contact)
      expect(order.currency_code).toBe("cny")
      expect(order.shipping_address).toMatchObject({
        province: "广东省",
        city: "梅州市",
        phone: "13925001234",
      })
      expect(order.payment_status).toBe("captured")
      const [collection] = order.payment_collections
      expect(collection.payments).toHaveLength(1)
      const [paid] = collection.payments
      expect(paid.provider_id).toBe(STRIPE)
      expect(paid.data.id).toBe(intent.id)
      expect(Number(paid.amount)).toBe(Number(order.total))
      expect(paid.captured_at).not.toBeNull()
      expect(paid.captures.reduce((sum: number, c: any) => sum + Number(c.amount), 0)).toBe(
        Number(order.total)
      )
      expect(await guest.getByTestId("order-total").textContent()).toContain(
        Number(order.total).toFixed(2)
      )

      // and at Stripe: the same intent, succeeded for the order's total in fen
      const settled = (await stripe.state()).intents.get(intent.id)!
      expect(settled).toMatchObject({
        status: "succeeded",
        currency: "cny",
        amount: Math.round(Number(order.total) * 100),
      })
      expect(settled.amount_received).toBe(settled.amount)
      // Stripe's signed webhooks about it reach the backend and are accepted
      await expect
        .poll(
          async () =>
            (await stripe.state()).deliveries.some((d) => d.type === "payment_intent.succeeded"),
          {
            timeout: 20_000,
          }
        )
        .toBe(true)
      expect((await stripe.state()).deliveries.filter((d) => d.status !== 200)).toEqual([])
    } finally {
      await buyer.close()
    }
  })
})
