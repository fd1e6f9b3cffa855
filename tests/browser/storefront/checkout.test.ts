/**
 * A registered buyer from the cart to a paid order, on a phone: registration,
 * the cart (quantities, promotion codes, free-shipping hints), the checkout's
 * refusals in Chinese, a bank-transfer order with its instructions, the
 * order and the aid it brought each town in the account once the support
 * team confirms the transfer, the confirmation page kept private, and signing
 * out and in.
 */
import type { Browser, Page } from "playwright-core"
import { expectVisible, screenshot, useBrowser } from "../../fixtures/browser"
import {
  addToCartOn,
  BANK_TRANSFER,
  createPromotion,
  fillCheckoutOn,
  PHONE,
  PROMO_CODE,
  RICE,
  screenshotAtWidths,
  TOMATO,
} from "../../fixtures/checkout"
import { useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin } from "../../fixtures/shop-api"

describe("a buyer from the cart to a paid order (bank transfer, Stripe)", () => {
  const shop = useShop()
  const session = useBrowser(PHONE)
  let browser: Browser
  let page: Page
  let admin: Record<string, string>
  let adminGet: (path: string) => Promise<any>
  let orderId: string
  const email = `buyer-${process.pid}@example.cn`
  const password = "meixian-buyer-2026"

  const url = (path: string) => `${shop.storefrontUrl}${path}`
  const orderCount = async () => (await adminGet("/admin/orders?limit=1&fields=id")).count as number
  const addToCart = (handle: string) => addToCartOn(page, shop.storefrontUrl, handle)
  const fillCheckout = (fields: { phone: string; district: string | null }) =>
    fillCheckoutOn(page, fields)
  const atWidths = (name: string) => screenshotAtWidths(page, name)

  beforeAll(async () => {
    ;({ browser, page } = session)
    const token = await signInAdmin(shop.backendUrl)
    admin = { authorization: `Bearer ${token}` }
    adminGet = adminCall(shop.backendUrl, token)
    await createPromotion(shop.backendUrl, admin)
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
})
