import { sentMessages } from "../fixtures/outbox"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { adminCredentials } from "../../backend/src/scripts/seed/admin-credentials"
import { expectVisible, launchBrowser, screenshot } from "../fixtures/browser"
import { type BuiltStorefront, startBuiltStorefront } from "../fixtures/built-storefront"
import {
  installStripeJs,
  PAYMENT_ELEMENT_LABELS,
  STRIPE_JS_RELEASE,
  TEST_CARDS,
} from "../fixtures/stripe-js-stand-in"
import {
  CARD_ERROR_MESSAGES_ZH,
  startStripeStandIn,
  type StripeStandIn,
} from "../fixtures/stripe-stand-in"

/** Two products from two towns, one of each shipping profile. */
const TOMATO = {
  handle: "bingcun-soilless-cherry-tomato",
  title: "无土栽培樱桃番茄",
  town: "丙村镇",
}
const RICE = { handle: "shejiang-simiao-rice", title: "畲江丝苗米", town: "畲江镇" }
const SOLD_OUT = { handle: "meixian-red-pomelo", variant: "10斤/箱" }
const BANK_TRANSFER = "pp_bank-transfer_bank-transfer"
const PROMO_CODE = "MEIXIAN10"
const STRIPE = "pp_stripe_stripe"
const STRIPE_WEBHOOK_SECRET = "whsec_meixian_browser_test"

describe("a buyer from the cart to a paid order (bank transfer, Stripe)", () => {
  let shop: BuiltStorefront
  let stripe: StripeStandIn
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let admin: Record<string, string>
  let orderId: string
  /** the order the guest placed without JavaScript (contact guest@example.cn), looked up later by code */
  let guestOrderId: string
  const GUEST_CONTACT = "guest@example.cn"
  const email = `buyer-${process.pid}@example.cn`
  const password = "meixian-buyer-2026"

  const url = (path: string) => `${shop.storefrontUrl}${path}`

  const adminGet = async (path: string) => {
    const response = await fetch(`${shop.backendUrl}${path}`, { headers: admin })
    if (!response.ok) throw new Error(`${path}: ${response.status}`)
    return response.json()
  }

  const orderCount = async () => (await adminGet("/admin/orders?limit=1&fields=id")).count as number

  const addToCart = async (handle: string) => {
    await page.goto(url(`/products/${handle}`))
    await page.getByTestId("add-to-cart").click()
    await expectVisible(page.getByTestId("add-to-cart-ok"))
  }

  /** Fills the checkout form; `district: null` leaves the district unchosen. */
  const fillCheckout = async (fields: { phone: string; district: string | null }) => {
    const form = page.getByTestId("checkout-form")
    await form.getByLabel("手机号或电子邮箱").fill("13800138000")
    await form.getByLabel("收货人姓名").fill("李明")
    await form.getByLabel("收货人手机号").fill(fields.phone)
    await form.getByLabel("省份").selectOption({ label: "广东省" })
    await form
      .getByLabel("城市")
      .locator("option", { hasText: "广州市" })
      .waitFor({ state: "attached" })
    await form.getByLabel("城市").selectOption({ label: "广州市" })
    if (fields.district) {
      await form
        .getByLabel("区/县")
        .locator("option", { hasText: fields.district })
        .waitFor({ state: "attached" })
      await form.getByLabel("区/县").selectOption({ label: fields.district })
    }
    await form.getByLabel("街道/乡镇").fill("天河路 100 号")
    await form.getByLabel("详细地址").fill("2 栋 1203 室")
  }

  const atWidths = async (name: string) => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 })
      await screenshot(page, `${name}-${width}`)
    }
    await page.setViewportSize({ width: 390, height: 844 })
  }

  beforeAll(async () => {
    // The shop offers Stripe too, against the local Stripe API stand-in; its
    // webhooks go to the backend once that has a port.
    stripe = await startStripeStandIn({
      webhook: { url: "", secret: STRIPE_WEBHOOK_SECRET, autoDeliver: true },
    })
    shop = await startBuiltStorefront({
      backendEnv: {
        STRIPE_API_KEY: stripe.secretKey,
        STRIPE_API_BASE: stripe.url,
        STRIPE_WEBHOOK_SECRET,
        // a short road to the sign-in lock, without waits, for the lock test below
        AUTH_LOCK_AFTER_FAILURES: "4",
        AUTH_FAILURE_DELAY_MS: "0",
      },
      storefrontEnv: { STRIPE_PUBLISHABLE_KEY: stripe.publishableKey },
    })
    stripe.webhook!.url = `${shop.backendUrl}/hooks/payment/stripe_stripe`
    browser = await launchBrowser()
    context = await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 } })
    page = await context.newPage()
    const { email: adminEmail, password: adminPassword } = adminCredentials()
    const response = await fetch(`${shop.backendUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: adminEmail, password: adminPassword }),
    })
    admin = { authorization: `Bearer ${(await response.json()).token}` }
    const promotion = await fetch(`${shop.backendUrl}/admin/promotions`, {
      method: "POST",
      headers: { ...admin, "content-type": "application/json" },
      body: JSON.stringify({
        code: PROMO_CODE,
        type: "standard",
        status: "active",
        is_automatic: false,
        application_method: {
          type: "percentage",
          target_type: "order",
          allocation: "across",
          value: 10,
          currency_code: "cny",
        },
      }),
    })
    if (!promotion.ok) throw new Error(`promotion: ${promotion.status} ${await promotion.text()}`)
  }, 900_000)

  afterEach(async ({ task }) => {
    if (task.result?.state === "fail")
      await screenshot(page, `failed-${task.name.replace(/\W+/g, "-")}`)
  })

  afterAll(async () => {
    await browser?.close()
    await shop?.stop()
    await stripe?.close()
  })

  it("cannot add a sold-out variant", async () => {
    await page.goto(url(`/products/${SOLD_OUT.handle}`))
    const radio = page.locator(
      `[data-variant-title="${SOLD_OUT.variant}"] input[name="variant_id"]`
    )
    await radio.waitFor({ state: "attached" })
    expect(await radio.isDisabled()).toBe(true)
    // a request for it anyway (a stale page, a crafted form) is refused by the cart's action
    await radio.evaluate((input: HTMLInputElement) => {
      input.disabled = false
      input.checked = true
    })
    await page.getByTestId("add-to-cart").click()
    await expectVisible(page.getByTestId("add-to-cart-error"))
    expect(await page.getByTestId("add-to-cart-error").textContent()).toContain("已售罄")
    await page.goto(url("/cart"))
    await expectVisible(page.getByTestId("cart-empty"))
  })

  it("registers an account", async () => {
    await page.goto(url("/account"))
    const form = page.getByTestId("register-form")
    await form.getByLabel("电子邮箱").fill(email)
    await form.getByLabel("姓名").fill("李明")
    await form.getByLabel("密码（至少 8 位）").fill("short")
    await form.getByLabel("再次输入密码").fill("short")
    await form.getByRole("button", { name: "注册" }).click()
    await expectVisible(form.getByText("密码至少 8 位"))
    await form.getByLabel("密码（至少 8 位）").fill(password)
    await form.getByLabel("再次输入密码").fill(password)
    await form.getByRole("button", { name: "注册" }).click()
    await expectVisible(page.getByTestId("account-greeting"))
    expect(await page.getByTestId("account-greeting").textContent()).toContain("李明")
  })

  it("adds two products from different towns and manages the cart", async () => {
    await addToCart(TOMATO.handle)
    await addToCart(RICE.handle)
    await page.goto(url("/cart"))
    const lines = page.getByTestId("cart-line")
    await expectVisible(lines)
    expect(await lines.count()).toBe(2)
    await expectVisible(page.getByTestId("cart-lines").getByText(TOMATO.title))
    await expectVisible(page.getByTestId("cart-lines").getByText(RICE.title))
    expect(await page.getByTestId("cart-count").textContent()).toBe("2")

    // quantity: Medusa's line total follows
    const rice = lines.filter({ hasText: RICE.title })
    const before = await rice.getByTestId("line-total").textContent()
    await rice.getByRole("spinbutton").fill("2")
    await rice.getByRole("button", { name: "更新" }).click()
    await page.waitForFunction(
      ([title, previous]) =>
        [...document.querySelectorAll('[data-testid="cart-line"]')].some(
          (line) =>
            line.textContent!.includes(title) &&
            line.querySelector('[data-testid="line-total"]')!.textContent !== previous
        ),
      [RICE.title, before] as const
    )
    expect(await page.getByTestId("cart-count").textContent()).toBe("3")

    // an unknown promotion code is refused in Chinese
    await page.getByLabel("输入优惠码").fill("NOSUCHCODE")
    await page.getByTestId("promo-form").getByRole("button", { name: "使用" }).click()
    await expectVisible(page.getByTestId("promo-form").getByText("优惠码 NOSUCHCODE 无效"))

    // a real one: Medusa's discount shows in the totals; removing it takes it away
    const total = await page.getByTestId("cart-total").textContent()
    await page.getByLabel("输入优惠码").fill(PROMO_CODE)
    await page.getByTestId("promo-form").getByRole("button", { name: "使用" }).click()
    await expectVisible(page.getByTestId("applied-promotions").getByText(PROMO_CODE))
    await expectVisible(page.getByTestId("discount-total"))
    expect(await page.getByTestId("cart-total").textContent()).not.toBe(total)
    await page.getByRole("button", { name: `取消优惠码 ${PROMO_CODE}` }).click()
    await page.getByTestId("applied-promotions").waitFor({ state: "detached" })
    expect(await page.getByTestId("discount-total").count()).toBe(0)
    expect(await page.getByTestId("cart-total").textContent()).toBe(total)

    // the free-shipping hints come from the delivery options' price rules
    const hints = page.getByTestId("shipping-hints")
    await expectVisible(hints.getByText("标准快递"))
    await expectVisible(hints.getByText("¥99.00"))
    await expectVisible(hints.getByText("冷链配送"))
    await expectVisible(hints.getByText("¥199.00"))
    await atWidths("storefront-cart")
  })

  it("refuses an invalid mobile number and an empty district in Chinese, creating no order", async () => {
    const ordersBefore = await orderCount()
    await page.goto(url("/checkout"))
    await expectVisible(page.getByTestId("checkout-form"))
    await expectVisible(page.getByTestId("shipping-ambient"))
    await expectVisible(page.getByTestId("shipping-cold_chain"))
    await atWidths("storefront-checkout")

    await fillCheckout({ phone: "12345678901", district: null })
    await page.getByTestId("place-order").click()
    await expectVisible(page.getByTestId("error-phone"))
    expect(await page.getByTestId("error-phone").textContent()).toContain(
      "请填写正确的 11 位手机号"
    )
    expect(await page.getByTestId("error-district").textContent()).toBe("请选择区/县")
    const phone = page.getByTestId("checkout-form").getByLabel("收货人手机号")
    expect(await phone.getAttribute("aria-invalid")).toBe("true")
    expect(await phone.inputValue()).toBe("12345678901")
    await atWidths("storefront-checkout-errors")

    expect(await orderCount()).toBe(ordersBefore)
    expect(page.url()).toContain("/checkout")
  })

  it("places the order with bank transfer and shows the transfer instructions", async () => {
    const ordersBefore = await orderCount()
    await page.goto(url("/checkout"))
    await fillCheckout({ phone: "13800138000", district: "天河区" })
    await page
      .getByTestId("shipping-ambient")
      .getByLabel(/标准快递/)
      .check()
    await page
      .getByTestId("shipping-cold_chain")
      .getByLabel(/冷链配送/)
      .check()
    await page.getByTestId("payment-bank_transfer").check()
    await page.getByTestId("place-order").click()
    await expectVisible(page.getByTestId("order-confirmed"), 60_000)
    orderId = page.url().match(/\/order\/([^/]+)\/confirmed/)![1]
    expect(await orderCount()).toBe(ordersBefore + 1)

    const { order } = await adminGet(
      `/admin/orders/${orderId}?fields=id,email,customer_id,*items,*shipping_address,*shipping_methods,*payment_collections.payment_sessions`
    )
    const provider = order.payment_collections[0].payment_sessions[0].provider_id
    if (provider === BANK_TRANSFER) {
      await expectVisible(page.getByTestId("bank-transfer"))
      const reference = (await page.getByTestId("transfer-reference").textContent())!.trim()
      expect(reference).toBe(order.payment_collections[0].payment_sessions[0].data.reference)
      expect(await page.getByTestId("transfer-state").innerText()).toBe("待到账")
      // the payment deadline, in China time
      expect(await page.getByTestId("transfer-deadline").innerText()).toMatch(
        /^请于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 前完成转账，逾期未付订单将自动取消$/
      )
    } else {
      expect(provider).toBe("pp_system_default")
    }
    await screenshot(page, "storefront-order-confirmed")

    // the order as the admin API sees it
    expect(order.email).toBe(email)
    expect(order.items.map((i: any) => i.product_handle ?? i.product_title).length).toBe(2)
    expect(order.shipping_address.province).toBe("广东省")
    expect(order.shipping_address.city).toBe("广州市")
    expect(order.shipping_address.address_1).toContain("天河区")
    expect(order.shipping_address.phone).toBe("13800138000")
    expect(order.shipping_methods.map((m: any) => m.name).sort()).toEqual(["冷链配送", "标准快递"])
    await page.goto(url("/cart"))
    await expectVisible(page.getByTestId("cart-empty"))
  })

  it("shows the order in the account with the aid it brought each town, once paid", async () => {
    await page.goto(url("/account"))
    const orders = page.getByTestId("account-order")
    await expectVisible(orders)
    expect(await orders.count()).toBe(1)
    await orders.first().getByRole("link").click()
    await expectVisible(page.getByTestId("account-order-detail"))
    expect(await page.getByTestId("order-status").textContent()).toContain("待发货")
    // the transfer has not arrived: the order has helped no town yet
    await expectVisible(
      page.getByTestId("aid-awaiting-payment").getByText("付款确认后计入帮扶", { exact: false })
    )
    expect(await page.getByTestId("aid-town").count()).toBe(0)

    // the support team sees the money arrive and records it (确认到账), which captures the payment
    const { order } = await adminGet(
      `/admin/orders/${orderId}?fields=*payment_collections.payments`
    )
    const transfer = order.payment_collections[0].payments[0]
    const receipt = await fetch(
      `${shop.backendUrl}/admin/bank-transfer/payments/${transfer.id}/receipts`,
      {
        method: "POST",
        headers: { ...admin, "content-type": "application/json" },
        body: JSON.stringify({ amount: Number(transfer.amount).toFixed(2), payer_name: "李明" }),
      }
    )
    expect(receipt.status).toBe(200)
    // the ledger is written by a subscriber after the payment is captured
    for (
      let attempt = 0;
      attempt < 30 && !(await page.getByTestId("aid-town").count());
      attempt++
    ) {
      await page.waitForTimeout(1000)
      await page.reload()
    }
    const towns = await page.getByTestId("aid-town").allTextContents()
    expect(towns.some((row) => row.includes(TOMATO.town))).toBe(true)
    expect(towns.some((row) => row.includes(RICE.town))).toBe(true)
    await screenshot(page, "storefront-account-order")
  })

  it("shows an order's confirmation only to the browser that placed it or its logged-in buyer", async () => {
    const stranger = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
    })
    try {
      const other = await stranger.newPage()
      await other.goto(url(`/order/${orderId}/confirmed`))
      await expectVisible(other.getByTestId("order-private"))
      const text = (await other.locator("main").textContent()) ?? ""
      expect(text).toContain("登录")
      for (const secret of ["天河区", "13800138000", TOMATO.title])
        expect(text).not.toContain(secret)
      expect(await other.getByTestId("order-number").count()).toBe(0)
      // the buyer, logged in on another browser, sees it
      const form = other.getByTestId("login-form")
      await other.goto(url("/account"))
      await form.getByLabel("电子邮箱").fill(email)
      await form.getByLabel("密码").fill(password)
      await form.getByRole("button", { name: "登录" }).click()
      await expectVisible(other.getByTestId("account-orders"))
      await other.goto(url(`/order/${orderId}/confirmed`))
      await expectVisible(other.getByTestId("order-number"))
    } finally {
      await stranger.close()
    }
    // and the browser that placed it still does
    await page.goto(url(`/order/${orderId}/confirmed`))
    await expectVisible(page.getByTestId("order-number"))
  })

  it("checks out without JavaScript: the region lists follow by a server round trip", async () => {
    const noScript = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    })
    const guest = await noScript.newPage()
    try {
      await guest.goto(url(`/products/${RICE.handle}`))
      await guest.getByTestId("add-to-cart").click()
      await guest.waitForLoadState()
      await guest.goto(url("/cart"))
      expect(await guest.getByTestId("cart-line").count()).toBe(1)

      await guest.goto(url("/checkout"))
      const refreshLists = guest.getByRole("button", { name: "更新城市和区县列表" })
      await guest.getByLabel("省份").selectOption({ label: "广东省" })
      await refreshLists.click()
      await guest.getByLabel("城市").selectOption({ label: "梅州市" })
      await refreshLists.click()
      await guest.getByLabel("手机号或电子邮箱").fill("guest@example.cn")
      await guest.getByLabel("收货人姓名").fill("张三")
      await guest.getByLabel("收货人手机号").fill("13700137000")
      await guest.getByLabel("街道/乡镇").fill("新城")
      await guest.getByLabel("详细地址").fill("1 号")
      await guest.getByTestId("place-order").click()
      expect(await guest.getByTestId("error-district").textContent()).toBe("请选择区/县")
      expect(await guest.getByLabel("收货人姓名").inputValue()).toBe("张三")

      await guest.getByLabel("区/县").selectOption({ label: "梅县区" })
      await guest.getByTestId("place-order").click()
      await expectVisible(guest.getByTestId("order-confirmed"))
      const id = guest.url().match(/\/order\/([^/]+)\/confirmed/)![1]
      guestOrderId = id
      const { order } = await adminGet(`/admin/orders/${id}?fields=id,email,*shipping_address`)
      expect(order.email).toBe("guest@example.cn")
      expect(order.shipping_address.city).toBe("梅州市")
      expect(order.shipping_address.address_1).toContain("梅县区")
    } finally {
      await noScript.close()
    }
  })

  it("lets a guest look up the order by e-mail with a one-time code on a phone", async () => {
    expect(guestOrderId).toBeTruthy()
    /** The newest order-lookup code the shop sent to a contact (as the SMS or e-mail gateway received it). */
    const sentCode = async (to: string, after: number) => {
      let code: string | undefined
      await expect
        .poll(
          async () => {
            const sent = await sentMessages(shop.databaseUrl, to, "order-lookup-code")
            code = sent.length > after ? String(sent[0].data.code) : undefined
            return code
          },
          { timeout: 20_000 }
        )
        .toMatch(/^\d{6}$/)
      return code!
    }
    const sentCount = async (to: string) =>
      (await sentMessages(shop.databaseUrl, to, "order-lookup-code")).length

    const phone = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
    })
    try {
      const other = await phone.newPage()
      // a stranger with the confirmation link sees nothing of the order, and is offered the lookup
      await other.goto(url(`/order/${guestOrderId}/confirmed`))
      await expectVisible(other.getByTestId("order-private"))
      const text = (await other.locator("main").textContent()) ?? ""
      for (const secret of ["梅县区", "13700137000", RICE.title, "张三"])
        expect(text).not.toContain(secret)
      await other.getByTestId("order-private").getByTestId("order-lookup-link").click()
      const form = other.getByTestId("lookup-form")
      await expectVisible(form)

      // a contact that is neither a mobile nor an e-mail: refused beside the field
      await form.getByLabel("手机号或电子邮箱").fill("12345")
      await form.getByRole("button", { name: "获取验证码" }).click()
      await expectVisible(other.getByTestId("error-contact"))
      const contactInput = other.getByTestId("lookup-form").getByLabel("手机号或电子邮箱")
      expect(await contactInput.getAttribute("aria-invalid")).toBe("true")
      expect(await contactInput.getAttribute("aria-describedby")).toContain(
        "lookup-field-contact-error"
      )

      const before = await sentCount(GUEST_CONTACT)
      await contactInput.fill(GUEST_CONTACT)
      await other.getByTestId("lookup-form").getByRole("button", { name: "获取验证码" }).click()
      await expectVisible(other.getByTestId("lookup-sent"))
      const code = await sentCode(GUEST_CONTACT, before)
      await screenshot(other, "storefront-order-lookup-code-390")

      // a wrong code first: counted, said in Chinese beside the field
      const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0")
      await other.getByTestId("lookup-form").getByLabel("验证码").fill(wrong)
      await other.getByTestId("lookup-form").getByRole("button", { name: "查看订单" }).click()
      await expectVisible(other.getByTestId("error-code"))
      expect(await other.getByTestId("error-code").textContent()).toContain(
        "验证码不正确，还可尝试 4 次"
      )
      expect(
        await other.getByTestId("lookup-form").getByLabel("验证码").getAttribute("aria-invalid")
      ).toBe("true")

      await other.getByTestId("lookup-form").getByLabel("验证码").fill(code)
      await other.getByTestId("lookup-form").getByRole("button", { name: "查看订单" }).click()
      await expectVisible(other.getByTestId("lookup-orders"))
      const rows = other.getByTestId("lookup-order")
      expect(await rows.count()).toBe(1)
      expect(await rows.first().textContent()).toContain(RICE.title)
      await screenshot(other, "storefront-order-lookup-390")
      await rows.first().getByRole("link").click()
      await expectVisible(other.getByTestId("lookup-order-detail"))
      const detail = (await other.locator("main").textContent()) ?? ""
      expect(detail).toContain("梅县区")
      expect(detail).toContain(RICE.title)
      await screenshot(other, "storefront-order-lookup-detail-390")
      // the looked-up order's confirmation link now opens too, in this browser only
      await other.goto(url(`/order/${guestOrderId}/confirmed`))
      await expectVisible(other.getByTestId("order-number"))
      // ending the lookup closes it again
      await other.goto(url("/order/lookup"))
      await other.getByTestId("lookup-end").click()
      await expectVisible(other.getByTestId("lookup-form"))
      await other.goto(url(`/order/${guestOrderId}/confirmed`))
      await expectVisible(other.getByTestId("order-private"))
    } finally {
      await phone.close()
    }

    // the same without JavaScript
    const noScript = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    })
    try {
      const plain = await noScript.newPage()
      await plain.goto(url("/order/lookup"))
      const before = await sentCount(GUEST_CONTACT)
      await plain.getByLabel("手机号或电子邮箱").fill(GUEST_CONTACT)
      await plain.getByRole("button", { name: "获取验证码" }).click()
      await expectVisible(plain.getByTestId("lookup-sent"))
      const code = await sentCode(GUEST_CONTACT, before)
      await plain.getByLabel("验证码").fill(code)
      await plain.getByRole("button", { name: "查看订单" }).click()
      await expectVisible(plain.getByTestId("lookup-orders"))
      expect(await plain.getByTestId("lookup-order").count()).toBe(1)
    } finally {
      await noScript.close()
    }
  })

  it("logs out and back in", async () => {
    await page.goto(url("/account"))
    await page.getByTestId("logout").click()
    await expectVisible(page.getByTestId("login-form"))
    const form = page.getByTestId("login-form")
    await form.getByLabel("电子邮箱").fill(email)
    await form.getByLabel("密码").fill("wrong-password")
    await form.getByRole("button", { name: "登录" }).click()
    await expectVisible(form.getByText("邮箱或密码不正确"))
    await form.getByLabel("密码").fill(password)
    await form.getByRole("button", { name: "登录" }).click()
    await expectVisible(page.getByTestId("account-orders"))
  })

  it("resets a forgotten password on a phone (the new password set without JavaScript) and logs in with it", async () => {
    /** The links of the password-reset e-mails the shop sent to `to`, newest first (through the Notification module). */
    const sentResetLinks = async (to: string) =>
      (await sentMessages(shop.databaseUrl, to, "password-reset")).map((n) => String(n.data.url))
    const newPassword = "hakka-tea-garden-77"
    const phone = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
    })
    const noScript = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    })
    try {
      const buyer = await phone.newPage()
      await buyer.goto(url("/account"))
      await buyer.getByTestId("login-form").getByTestId("forgot-password-link").click()
      const request = buyer.getByTestId("reset-request-form")
      await expectVisible(request)
      // an e-mail nobody registered gets the same answer, and no e-mail
      const nobody = `nobody-${process.pid}@example.cn`
      await request.getByLabel("电子邮箱").fill(nobody)
      await request.getByRole("button", { name: "发送重置链接" }).click()
      const answer = () => buyer.getByTestId("reset-request-form").getByRole("status")
      await expectVisible(answer())
      const answerForNobody = await answer().textContent()
      expect(answerForNobody).toContain("如该邮箱已注册，我们已发送重置链接")

      const before = (await sentResetLinks(email)).length
      await buyer.getByTestId("reset-request-form").getByLabel("电子邮箱").fill(email)
      await buyer
        .getByTestId("reset-request-form")
        .getByRole("button", { name: "重新发送" })
        .click()
      await expect
        .poll(async () => (await sentResetLinks(email)).length, { timeout: 20_000 })
        .toBe(before + 1)
      expect(await answer().textContent()).toBe(answerForNobody)
      expect(await sentResetLinks(nobody)).toEqual([])
      await screenshot(buyer, "storefront-password-reset-request-390")
      const [link] = await sentResetLinks(email)
      expect(link.startsWith(`${shop.storefrontUrl}/account/reset-password?token=`)).toBe(true)

      // the link opened where JavaScript is off: the new password, twice
      const plain = await noScript.newPage()
      await plain.goto(link)
      const form = () => plain.getByTestId("reset-password-form")
      await expectVisible(form())
      expect(await form().getByLabel("电子邮箱").inputValue()).toBe(email)
      await form().getByLabel("新密码（至少 8 位）").fill(newPassword)
      await form().getByLabel("再次输入密码").fill(`${newPassword}x`)
      await form().getByRole("button", { name: "设置新密码" }).click()
      await expectVisible(plain.getByTestId("error-password_confirm"))
      expect(await plain.getByTestId("error-password_confirm").textContent()).toBe(
        "两次输入的密码不一致"
      )
      // a weak one: the rule the backend names, beside the field
      await form().getByLabel("新密码（至少 8 位）").fill("12345678")
      await form().getByLabel("再次输入密码").fill("12345678")
      await form().getByRole("button", { name: "设置新密码" }).click()
      await expectVisible(plain.getByTestId("error-password"))
      expect(await plain.getByTestId("error-password").textContent()).toContain(
        "密码太常见或太容易猜到"
      )
      const field = form().getByLabel("新密码（至少 8 位）")
      expect(await field.getAttribute("aria-invalid")).toBe("true")
      expect(await field.getAttribute("aria-describedby")).toContain("reset-field-password-error")
      await screenshot(plain, "storefront-password-reset-weak-390")
      // a good one (the link still works: a refused password does not spend it)
      await form().getByLabel("新密码（至少 8 位）").fill(newPassword)
      await form().getByLabel("再次输入密码").fill(newPassword)
      await form().getByRole("button", { name: "设置新密码" }).click()
      await expectVisible(plain.getByTestId("reset-done"))
      expect(await plain.getByTestId("reset-done").textContent()).toContain(
        "密码已重置，请用新密码登录"
      )
      await screenshot(plain, "storefront-password-reset-done-390")

      // the link a second time: used, and said so
      await buyer.goto(link)
      await buyer
        .getByTestId("reset-password-form")
        .getByLabel("新密码（至少 8 位）")
        .fill("another-tea-garden-88")
      await buyer
        .getByTestId("reset-password-form")
        .getByLabel("再次输入密码")
        .fill("another-tea-garden-88")
      await buyer
        .getByTestId("reset-password-form")
        .getByRole("button", { name: "设置新密码" })
        .click()
      await expectVisible(buyer.getByTestId("reset-expired"))
      expect(await buyer.getByTestId("reset-expired").textContent()).toContain(
        "重置链接已过期或已使用"
      )

      // the old password no longer signs in; the new one does
      await buyer.goto(url("/account"))
      const login = buyer.getByTestId("login-form")
      await login.getByLabel("电子邮箱").fill(email)
      await login.getByLabel("密码").fill(password)
      await login.getByRole("button", { name: "登录" }).click()
      await expectVisible(buyer.getByTestId("login-form").getByText("邮箱或密码不正确"))
      await buyer.getByTestId("login-form").getByLabel("电子邮箱").fill(email)
      await buyer.getByTestId("login-form").getByLabel("密码").fill(newPassword)
      await buyer.getByTestId("login-form").getByRole("button", { name: "登录" }).click()
      await expectVisible(buyer.getByTestId("account-greeting"))
      await screenshot(buyer, "storefront-password-reset-signed-in-390")
    } finally {
      await phone.close()
      await noScript.close()
    }
  })

  it("never says an e-mail is taken, and asks to wait after too many wrong passwords", async () => {
    const visitor = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
    })
    const other = await visitor.newPage()
    /** Submits a form and waits until its answer replaced it (each answer remounts the form). */
    const submit = async (form: ReturnType<Page["getByTestId"]>, button: string) => {
      const before = await form.elementHandle()
      await form.getByRole("button", { name: button }).click()
      await other.waitForFunction((element) => !element?.isConnected, before, { timeout: 30_000 })
    }
    try {
      await other.goto(url("/account"))
      // the registered buyer's e-mail with another password: refused without a word about the e-mail
      const register = other.getByTestId("register-form")
      await register.getByLabel("电子邮箱").fill(email)
      await register.getByLabel("姓名").fill("王芳")
      await register.getByLabel("密码（至少 8 位）").fill("another-pass-2026")
      await register.getByLabel("再次输入密码").fill("another-pass-2026")
      await submit(register, "注册")
      await expectVisible(other.getByText("无法用此邮箱和密码注册。如果您已有账户，请直接登录。"))
      expect(await other.getByText("已注册").count()).toBe(0)
      // a weak password is refused with the rule the backend names
      await register.getByLabel("电子邮箱").fill(`new-${process.pid}@example.cn`)
      await register.getByLabel("姓名").fill("王芳")
      await register.getByLabel("密码（至少 8 位）").fill("12345678")
      await register.getByLabel("再次输入密码").fill("12345678")
      await submit(register, "注册")
      await expectVisible(
        register.getByText("密码太常见或太容易猜到，请换一个更长、更不规则的密码")
      )

      // wrong passwords for one e-mail until the lock: then the wait, in minutes
      const locked = `locked-${process.pid}@example.cn`
      const login = other.getByTestId("login-form")
      for (let i = 1; i <= 4; i++) {
        await login.getByLabel("电子邮箱").fill(locked)
        await login.getByLabel("密码").fill(`wrong-password-${i}`)
        await submit(login, "登录")
        await expectVisible(login.getByText("邮箱或密码不正确"))
      }
      await login.getByLabel("电子邮箱").fill(locked)
      await login.getByLabel("密码").fill("wrong-password-5")
      await submit(login, "登录")
      await expectVisible(login.getByText("尝试次数过多，请 15 分钟后再试"))
      await screenshot(other, "sign-in-locked-390")
    } finally {
      await visitor.close()
    }
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
      const intent = [...stripe.intents.values()].at(-1)!
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
      expect(stripe.intents.get(intent.id)!.status).toBe("requires_payment_method")
      expect(stripe.intents.get(intent.id)!.last_payment_error).toMatchObject({
        code: "card_declined",
        decline_code: "generic_decline",
      })

      // what the browser sent: the confirm call Stripe.js makes, with the publishable key and the client secret
      const confirms = stripe.requests.filter(
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
      const settled = stripe.intents.get(intent.id)!
      expect(settled).toMatchObject({
        status: "succeeded",
        currency: "cny",
        amount: Math.round(Number(order.total) * 100),
      })
      expect(settled.amount_received).toBe(settled.amount)
      // Stripe's signed webhooks about it reach the backend and are accepted
      await expect
        .poll(() => stripe.deliveries.some((d) => d.type === "payment_intent.succeeded"), {
          timeout: 20_000,
        })
        .toBe(true)
      expect(stripe.deliveries.filter((d) => d.status !== 200)).toEqual([])
    } finally {
      await buyer.close()
    }
  })
})
