/**
 * A canteen's order on a phone: a verified unit's 采购员 adds rice, types 200
 * bags into the cart line (1,030 kg), is offered 物流专线 at its weight price
 * (not free express) with the parcel's weight and days, writes the 采购单号,
 * and reads it on the confirmation.
 */
import type { Page } from "playwright-core"
import { usccCheckCharacter } from "../../../backend/src/shared/uscc"
import { expectVisible, useBrowser } from "../../fixtures/browser"
import { fillCheckoutOn, registerBuyer, screenshotAtWidths } from "../../fixtures/checkout"
import { useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin } from "../../fixtures/shop-api"
import { MOBILE } from "../../fixtures/storefront"

const first17 = "91441403000000023"
const CREDIT_CODE = first17 + usccCheckCharacter(first17)
const RICE_10 = { handle: "shejiang-simiao-rice", title: "畲江丝苗米", sku: "SJ-RICE-SIMIAO-10J" }

describe("a unit's large order on the storefront", () => {
  const shop = useShop()
  const session = useBrowser(MOBILE, { failurePrefix: "failed-unit-cart-" })
  let page: Page
  let admin: (path: string, body?: unknown) => Promise<any>
  const clerk = { email: `canteen-${process.pid}@example.cn`, password: "meixian-canteen-2026" }

  const url = (path: string) => `${shop.storefrontUrl}${path}`

  /** A store POST as the clerk (bearer from the sign-in). */
  const storePost = async (path: string, body: unknown, token: string) => {
    const response = await fetch(`${shop.backendUrl}${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": shop.publishableKey,
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return response.json()
  }

  beforeAll(async () => {
    page = session.page
    admin = adminCall(shop.backendUrl, await signInAdmin(shop.backendUrl))
    // enough rice for a canteen
    const { inventory_items } = await admin(
      `/admin/inventory-items?sku=${RICE_10.sku}&fields=id,*location_levels`
    )
    const level = inventory_items[0].location_levels[0]
    await admin(
      `/admin/inventory-items/${inventory_items[0].id}/location-levels/${level.location_id}`,
      {
        stocked_quantity: level.reserved_quantity + 5000,
      }
    )
    // the clerk's unit, applied for and verified
    await registerBuyer(shop, { ...clerk, first_name: "陈静" })
    const login = await fetch(`${shop.backendUrl}/auth/customer/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(clerk),
    })
    const { token } = await login.json()
    const { unit } = await storePost(
      "/store/units",
      {
        name: "梅县测试机关食堂",
        kind: "public_institution",
        credit_code: CREDIT_CODE,
        headcount: 300,
      },
      token
    )
    await admin(`/admin/units/${unit.id}/verify`, {})
  })

  it("edits a 200-bag line in the cart, is offered 物流专线 by weight, and sees the 采购单号 on the confirmation", async () => {
    await page.goto(url("/account"))
    const form = page.getByTestId("login-form")
    await form.getByLabel("电子邮箱").fill(clerk.email)
    await form.getByLabel("密码").fill(clerk.password)
    await form.getByRole("button", { name: "登录" }).click()
    await expectVisible(page.getByTestId("account-greeting"))

    await page.goto(url(`/products/${RICE_10.handle}`))
    await page.locator("label", { hasText: "10斤/袋" }).first().click()
    await page.getByTestId("add-to-cart").click()
    await expectVisible(page.getByTestId("add-to-cart-ok"))

    // the line typed to 200 in the cart (a number field, not ± only)
    await page.goto(url("/cart"))
    const line = page.getByTestId("cart-line").filter({ hasText: RICE_10.title })
    await line.getByRole("spinbutton").fill("200")
    await line.getByRole("button", { name: "更新" }).click()
    await page.waitForFunction(
      () => document.querySelector('[data-testid="cart-count"]')?.textContent === "200"
    )
    expect(await line.getByRole("spinbutton").inputValue()).toBe("200")
    await screenshotAtWidths(page, "storefront-unit-cart")

    // checkout: 物流专线 at ¥1.50/kg for 1,030 kg; no express for this load
    await page.goto(url("/checkout"))
    const ambient = page.getByTestId("shipping-ambient")
    await expectVisible(ambient)
    await expectVisible(ambient.getByText("物流专线"))
    expect(await ambient.getByText("标准快递").count()).toBe(0)
    const freight = ambient.locator("label", { hasText: "物流专线" })
    expect(await freight.innerText()).toContain("¥1,545.00")
    expect(await freight.innerText()).toContain("约 1030 公斤 · 3–7 天送达")

    await fillCheckoutOn(page, { phone: "13800138000", district: "天河区" })
    await freight.locator("input").check()
    await page.getByTestId("po-number").fill("CG-2026-1201")
    await page.getByTestId("unit-note").fill("食堂后门卸货")
    await page.getByTestId("payment-bank_transfer").check()
    await screenshotAtWidths(page, "storefront-unit-checkout")
    await page.getByTestId("place-order").click()
    await expectVisible(page.getByTestId("order-confirmed"), 60_000)
    expect(await page.getByTestId("order-po-number").innerText()).toBe("CG-2026-1201")

    const orderId = page.url().match(/\/order\/([^/]+)\/confirmed/)![1]
    const { order } = await admin(`/admin/orders/${orderId}?fields=id,metadata,*shipping_methods`)
    expect(order.metadata.po_number).toBe("CG-2026-1201")
    expect(order.shipping_methods.map((m: any) => [m.name, m.amount])).toEqual([["物流专线", 1545]])
  })
})
