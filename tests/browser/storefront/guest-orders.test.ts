/**
 * Guests on a phone: a sold-out variant cannot be added, a checkout without
 * JavaScript (the region lists follow by a server round trip), and the
 * guest's order looked up by e-mail with a one-time code, with and without
 * JavaScript.
 */
import type { Browser, Page } from "playwright-core"
import { expectVisible, screenshot, useBrowser } from "../../fixtures/browser"
import { PHONE, RICE, SOLD_OUT } from "../../fixtures/checkout"
import { sentMessages } from "../../fixtures/outbox"
import { useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin } from "../../fixtures/shop-api"

describe("a buyer from the cart to a paid order (bank transfer, Stripe)", () => {
  const shop = useShop()
  const session = useBrowser(PHONE)
  let browser: Browser
  let page: Page
  let adminGet: (path: string) => Promise<any>
  /** the order the guest placed without JavaScript (contact guest@example.cn), looked up later by code */
  let guestOrderId: string
  const GUEST_CONTACT = "guest@example.cn"

  const url = (path: string) => `${shop.storefrontUrl}${path}`

  beforeAll(async () => {
    ;({ browser, page } = session)
    adminGet = adminCall(shop.backendUrl, await signInAdmin(shop.backendUrl))
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
})
