/**
 * 单位价格 end to end: the support team sets a variant's tiers in the admin's
 * drawer (a tier whose price does not fall is refused on its field; a tier
 * above retail needs the confirmation box), clears another variant's tiers
 * after a prompt; then a verified unit's 采购员 sees the unit price and the
 * next tier on the product page and "单位价 ¥xx 起" on the catalogue card,
 * and a plain buyer sees neither. Then the support team gives that unit a
 * 协议价 on its page, and the member sees 协议价 on the product page and card.
 */
import type { BrowserContext, Page } from "playwright-core"
import { usccCheckCharacter } from "../../../backend/src/shared/uscc"
import { adminCredentials } from "../../../backend/src/scripts/seed/admin-credentials"
import { adminLogin, expectVisible, screenshot, useBrowser } from "../../fixtures/browser"
import { registerBuyer, RICE } from "../../fixtures/checkout"
import { useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin } from "../../fixtures/shop-api"
import { RICE_10J } from "../../fixtures/unit-prices"

const RICE_20J = "SJ-RICE-SIMIAO-20J"
const RICE_SKU_PREFIX = "SJ-RICE-SIMIAO-"
const FIRST17 = "91441403MA4W54321"
const CREDIT_CODE = FIRST17 + usccCheckCharacter(FIRST17)
const PASSWORD = "meixian-unit-2026"

describe("the support team sets unit prices; a verified unit's member sees them", () => {
  const shop = useShop()
  const session = useBrowser({ locale: "zh-CN", viewport: { width: 1280, height: 900 } })
  let page: Page
  let admin: ReturnType<typeof adminCall>
  const member = `unit-price-member-${process.pid}@example.cn`
  let unitId = ""
  const plain = `unit-price-plain-${process.pid}@example.cn`

  const row = (sku: string) =>
    page.locator(`[data-testid="unit-prices-table-row"][data-sku="${sku}"]`)
  const drawer = () => page.getByTestId("unit-price-form")
  const tier = (i: number) => drawer().getByTestId("unit-price-tier").nth(i)
  const fillTier = async (i: number, min: string, amount: string) => {
    await tier(i).getByTestId("unit-price-min-quantity").fill(min)
    await tier(i).getByTestId("unit-price-amount").fill(amount)
  }
  /**
   * Waits until a searched list shows only the rice's variants: the list keeps
   * the rows before the search on screen while the search loads, and a click
   * on one of those lands on whatever row takes its place.
   */
  const onlyRiceIn = (rows: string) =>
    expect
      .poll(
        async () => {
          const skus = await page
            .locator(rows)
            .evaluateAll((found) => found.map((row) => row.getAttribute("data-sku") ?? ""))
          return skus.length > 0 && skus.every((sku) => sku.startsWith(RICE_SKU_PREFIX))
        },
        { timeout: 20_000 }
      )
      .toBe(true)
  const variantOf = async (sku: string) =>
    (await admin(`/admin/product-variants?sku=${sku}&fields=id`)).variants[0].id as string

  beforeAll(async () => {
    page = session.page
    admin = adminCall(shop.backendUrl, await signInAdmin(shop.backendUrl))
    await adminLogin(page, shop.backendUrl, adminCredentials())
  }, 600_000)

  it("sets tiers in the drawer: a bad tier refused on its field, above retail only with the box", async () => {
    await page.goto(`${shop.backendUrl}/app/units`)
    await page.getByTestId("units-unit-prices").click()
    await page.waitForURL(/\/app\/unit-prices/)
    await page.getByTestId("unit-prices-search").fill(RICE.title)
    await page.waitForURL((url) => url.searchParams.get("q") === RICE.title)
    await onlyRiceIn('[data-testid="unit-prices-table-row"]')
    await expectVisible(row(RICE_10J.sku))
    await expectVisible(row(RICE_10J.sku).getByText("未设置"))
    await expectVisible(row(RICE_20J).getByText("1–49 ¥122.00 · 50–199 ¥116.00 · 200 起 ¥110.00"))

    await row(RICE_10J.sku).getByTestId("unit-price-edit").click()
    await expectVisible(drawer())
    await fillTier(0, "1", "64")
    await drawer().getByTestId("unit-price-tier-add").click()
    await fillTier(1, "50", "65")
    await drawer().getByTestId("unit-price-submit").click()
    await expectVisible(tier(1).getByText("第 2 档的单价应低于第 1 档（¥64.00）"))
    await screenshot(page, "admin-unit-prices-bad-tier")

    // fixed, a third tier, and a first tier above the retail price ¥68: the box is needed
    await fillTier(1, "50", "60")
    await drawer().getByTestId("unit-price-tier-add").click()
    await fillTier(2, "200", "56.50")
    await tier(0).getByTestId("unit-price-amount").fill("70")
    await drawer().getByTestId("unit-price-submit").click()
    await expectVisible(drawer().getByText("有价格档高于零售价，请勾选确认"))
    await screenshot(page, "admin-unit-prices-above-retail")
    await drawer().getByTestId("unit-price-confirm-above-retail").click()
    await drawer().getByTestId("unit-price-submit").click()
    await drawer().waitFor({ state: "hidden" })
    await expectVisible(row(RICE_10J.sku).getByText("1–49 ¥70.00 · 50–199 ¥60.00 · 200 起 ¥56.50"))

    // back under retail: no box
    await row(RICE_10J.sku).getByTestId("unit-price-edit").click()
    await tier(0).getByTestId("unit-price-amount").fill("64.00")
    expect(await drawer().getByTestId("unit-price-confirm-above-retail").count()).toBe(0)
    await drawer().getByTestId("unit-price-submit").click()
    await drawer().waitFor({ state: "hidden" })
    await expectVisible(row(RICE_10J.sku).getByText("1–49 ¥64.00 · 50–199 ¥60.00 · 200 起 ¥56.50"))
    const { variant } = await admin(`/admin/unit-prices/${await variantOf(RICE_10J.sku)}`)
    expect(variant.tiers).toEqual([
      { min_quantity: 1, max_quantity: 49, amount: "64.00" },
      { min_quantity: 50, max_quantity: 199, amount: "60.00" },
      { min_quantity: 200, max_quantity: null, amount: "56.50" },
    ])
    await screenshot(page, "admin-unit-prices")
  })

  it("clears a variant's tiers after a prompt", async () => {
    await row(RICE_20J).getByTestId("unit-price-edit").click()
    await drawer().getByTestId("unit-price-clear").click()
    const dialog = page.getByRole("alertdialog")
    await expectVisible(dialog)
    await dialog.getByRole("button", { name: "确认" }).click()
    await drawer().waitFor({ state: "hidden" })
    await expectVisible(row(RICE_20J).getByText("未设置"))
    const { variant } = await admin(`/admin/unit-prices/${await variantOf(RICE_20J)}`)
    expect(variant.tiers).toEqual([])
  })

  /** A signed-in storefront page of `email` (a context of its own). */
  const signedIn = async (email: string): Promise<[BrowserContext, Page]> => {
    const context = await session.browser.newContext({ locale: "zh-CN" })
    const other = await context.newPage()
    await other.goto(`${shop.storefrontUrl}/account`)
    const login = other.getByTestId("login-form")
    await login.getByLabel("电子邮箱").fill(email)
    await login.getByLabel("密码").fill(PASSWORD)
    await login.getByRole("button", { name: "登录" }).click()
    await expectVisible(other.getByRole("navigation", { name: "账户导航" }))
    return [context, other]
  }

  it("a verified unit's member sees the unit price and the next tier; a plain buyer does not", async () => {
    await registerBuyer(shop, { email: member, password: PASSWORD, first_name: "陈采购" })
    await registerBuyer(shop, { email: plain, password: PASSWORD, first_name: "张顾客" })
    const { unit } = await admin("/admin/units", {
      name: "梅县区机关食堂",
      kind: "party_government",
      credit_code: CREDIT_CODE,
    })
    await admin(`/admin/units/${unit.id}/members`, { email: member, role: "buyer" })
    await admin(`/admin/units/${unit.id}/verify`, {})
    unitId = unit.id
    const variantId = await variantOf(RICE_10J.sku)

    const [memberContext, mine] = await signedIn(member)
    try {
      await mine.goto(`${shop.storefrontUrl}/products/${RICE.handle}`)
      const tiers = mine.locator(`[data-testid="unit-price"][data-variant="${variantId}"]`)
      await expectVisible(tiers)
      const text = await tiers.textContent()
      expect(text).toContain("1–49 箱 ¥64.00/箱")
      expect(text).toContain("200 箱起 ¥56.50/箱")
      expect(await tiers.getByTestId("unit-price-next").textContent()).toBe("满 50 箱 ¥60.00/箱")
      await screenshot(mine, "storefront-unit-price-product")

      await mine.goto(`${shop.storefrontUrl}/products?town=shejiang`)
      const card = mine.locator(`[data-testid="product-card"][data-handle="${RICE.handle}"]`)
      await expectVisible(card.getByTestId("card-unit-price"))
      // the 20斤 bag's tiers were cleared: the 10斤 bag's ¥56.50 is the lowest
      expect(await card.getByTestId("card-unit-price").textContent()).toBe("单位价 ¥56.50 起")
      await screenshot(mine, "storefront-unit-price-card")
    } finally {
      await memberContext.close()
    }

    const [plainContext, theirs] = await signedIn(plain)
    try {
      await theirs.goto(`${shop.storefrontUrl}/products/${RICE.handle}`)
      await expectVisible(theirs.getByRole("heading", { name: RICE.title }))
      expect(await theirs.getByTestId("unit-prices").count()).toBe(0)
      await theirs.goto(`${shop.storefrontUrl}/products?town=shejiang`)
      const card = theirs.locator(`[data-testid="product-card"][data-handle="${RICE.handle}"]`)
      await expectVisible(card)
      expect(await card.getByTestId("card-unit-price").count()).toBe(0)
      await screenshot(theirs, "storefront-unit-price-plain-buyer")
    } finally {
      await plainContext.close()
    }
  })

  it("sets the unit's 协议价 on its page; its member then sees 协议价 on the product page and card", async () => {
    await page.goto(`${shop.backendUrl}/app/units/${unitId}`)
    const section = page.getByTestId("unit-negotiated-prices")
    await expectVisible(section.getByText("还没有协议价。"))
    await expectVisible(section.getByTestId("negotiated-period").getByText("有效期：长期有效"))

    // pick the 10斤 bag, then its tiers: 1–99 ¥62, from 100 ¥52
    await section.getByTestId("negotiated-add").click()
    const picker = page.getByTestId("negotiated-picker")
    await picker.getByTestId("negotiated-picker-search").fill(RICE.title)
    await onlyRiceIn('[data-testid="negotiated-picker"] [data-testid="negotiated-picker-row"]')
    const choice = picker.locator(
      `[data-testid="negotiated-picker-row"][data-sku="${RICE_10J.sku}"]`
    )
    await choice.getByTestId("negotiated-picker-choose").click()
    await expectVisible(drawer().getByText("单位「梅县区机关食堂」", { exact: false }))
    await fillTier(0, "1", "62")
    await drawer().getByTestId("unit-price-tier-add").click()
    await fillTier(1, "100", "52")
    await drawer().getByTestId("unit-price-submit").click()
    await drawer().waitFor({ state: "hidden" })
    const negotiatedRow = section.locator(
      `[data-testid="negotiated-table-row"][data-sku="${RICE_10J.sku}"]`
    )
    await expectVisible(negotiatedRow.getByText("1–99 ¥62.00 · 100 起 ¥52.00"))
    await expectVisible(negotiatedRow.getByText("1–49 ¥64.00 · 50–199 ¥60.00 · 200 起 ¥56.50"))

    // a period whose end is before its start is refused on its field
    await section.getByTestId("negotiated-period-edit").click()
    const period = page.getByTestId("negotiated-period-form")
    await period.getByTestId("negotiated-period-valid-from").fill("2027-03-01")
    await period.getByTestId("negotiated-period-valid-until").fill("2027-02-01")
    await period.getByTestId("negotiated-period-submit").click()
    await expectVisible(period.getByText("截止日期不能早于开始日期"))
    await period.getByTestId("negotiated-period-valid-from").fill("")
    await period.getByTestId("negotiated-period-valid-until").fill("")
    await period.getByTestId("negotiated-period-submit").click()
    await period.waitFor({ state: "hidden" })
    await screenshot(page, "admin-unit-negotiated-prices")
    const saved = await admin(`/admin/units/${unitId}/prices`)
    expect(saved.price_list).toMatchObject({
      status: "active",
      valid_from: null,
      valid_until: null,
    })
    expect(saved.variants[0].negotiated_tiers).toEqual([
      { min_quantity: 1, max_quantity: 99, amount: "62.00" },
      { min_quantity: 100, max_quantity: null, amount: "52.00" },
    ])

    const variantId = await variantOf(RICE_10J.sku)
    const [memberContext, mine] = await signedIn(member)
    try {
      await mine.goto(`${shop.storefrontUrl}/products/${RICE.handle}`)
      const tiers = mine.locator(`[data-testid="unit-price"][data-variant="${variantId}"]`)
      const negotiated = tiers.getByTestId("negotiated-price")
      await expectVisible(negotiated)
      const text = await negotiated.textContent()
      expect(text).toContain("协议价")
      expect(text).toContain("1–99 箱 ¥62.00/箱")
      expect(text).toContain("100 箱起 ¥52.00/箱")
      // the next cheaper quantity over both: 50 boxes at the unit tier's ¥60
      expect(await tiers.getByTestId("unit-price-next").textContent()).toBe("满 50 箱 ¥60.00/箱")
      await screenshot(mine, "storefront-negotiated-price-product")
      await mine.goto(`${shop.storefrontUrl}/products?town=shejiang`)
      const card = mine.locator(`[data-testid="product-card"][data-handle="${RICE.handle}"]`)
      expect(await card.getByTestId("card-unit-price").textContent()).toBe("协议价 ¥52.00 起")
      // the unit area's 单位价 tab lists both for each variant
      await mine.goto(`${shop.storefrontUrl}/unit`)
      await mine.getByTestId("unit-tabs").getByRole("link", { name: "单位价" }).click()
      await mine.waitForURL(/\/unit\/prices/)
      const listed = mine.locator(`[data-testid="unit-price-row"][data-variant="${variantId}"]`)
      await expectVisible(listed)
      expect(await listed.getByTestId("unit-price-negotiated").textContent()).toContain(
        "100 箱起 ¥52.00/箱"
      )
      expect(await listed.getByTestId("unit-price-shared").textContent()).toContain(
        "1–49 箱 ¥64.00/箱"
      )
      await screenshot(mine, "storefront-unit-prices-page")
    } finally {
      await memberContext.close()
    }
  })
})
