/**
 * Browsing the storefront in Chromium against the production builds: home
 * (in-season produce, towns, partners, the aid counter), a town, a product
 * with its variants, prices per 斤, stock states and provenance, pre-sale
 * produce, a sold-out variant, and the not-found page.
 */
import type { Browser, BrowserContext, Page } from "playwright-core"
import { expectVisible, screenshot, useBrowser } from "../../fixtures/browser"
import { useShop } from "../../fixtures/shop"
import { storeGet } from "../../fixtures/shop-api"
import { FIVE_TOWNS, MOBILE } from "../../fixtures/storefront"

describe("browsing the storefront", () => {
  const shop = useShop()
  const session = useBrowser(MOBILE, { failurePrefix: "failed-storefront-" })
  let browser: Browser
  let mobile: BrowserContext
  let page: Page
  let store: (path: string) => Promise<any>

  beforeAll(async () => {
    ;({ browser, context: mobile, page } = session)
    store = storeGet(shop)
  })

  it("shows in-season produce first, the five towns, partners and the aid counter", async () => {
    await page.goto(shop.storefrontUrl)
    await expectVisible(page.getByRole("heading", { name: "当季上市" }))
    const month = Number(
      new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", month: "numeric" }).format(
        new Date()
      )
    )
    const { products } = await store("/store/products?fields=handle,metadata&limit=100")
    const inSeason = products
      .filter((p: any) => (p.metadata?.harvest_months ?? []).includes(month))
      .map((p: any) => p.handle)
    const shown = await page
      .getByTestId("in-season")
      .getByTestId("product-card")
      .evaluateAll((cards) => cards.map((card) => card.getAttribute("data-handle")))
    expect(shown.sort()).toEqual([...inSeason].sort())

    const towns = page.getByTestId("towns")
    for (const town of FIVE_TOWNS) await expectVisible(towns.getByRole("link", { name: town }))
    expect(
      await page.getByTestId("partners").getByTestId("partner-card").count()
    ).toBeGreaterThanOrEqual(5)

    const impact = await store("/store/aid/impact")
    const counter = page.getByTestId("impact-counter")
    await expectVisible(counter)
    const amount = `¥${Number(impact.total).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
    expect(await counter.textContent()).toContain(
      `已帮扶销售 ${amount}，惠及 ${impact.partners} 个合作主体`
    )

    await screenshot(page, "storefront-home-390")
    const wide = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" })
    await wide.goto(shop.storefrontUrl)
    await expectVisible(wide.getByRole("heading", { name: "当季上市" }))
    await screenshot(wide, "storefront-home-1280")
    await wide.close()
  })

  it("goes from home to a town and on to a product with its variants, prices per 斤, stock and provenance", async () => {
    await page.goto(shop.storefrontUrl)
    await page.getByTestId("towns").getByRole("link", { name: "松源镇" }).click()
    await page.waitForURL("**/towns/songyuan")
    await expectVisible(page.getByRole("heading", { level: 1, name: "松源镇" }))
    await expectVisible(page.getByTestId("aid-share"))
    const townCards = page.getByTestId("product-card")
    expect(await townCards.count()).toBeGreaterThanOrEqual(3)
    await page.getByRole("link", { name: /梅县红肉蜜柚/ }).click()
    await page.waitForURL("**/products/meixian-red-pomelo")
    await expectVisible(page.getByRole("heading", { level: 1, name: "梅县红肉蜜柚" }))

    const five = page.locator('[data-testid="variant"][data-variant-title="5斤/箱"]')
    const ten = page.locator('[data-testid="variant"][data-variant-title="10斤/箱"]')
    // Variants in their rank order, each with its price and price per 斤 (to the fen).
    expect(
      await page
        .getByTestId("variant")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-variant-title")))
    ).toEqual(["5斤/箱", "10斤/箱"])
    expect(await five.getByTestId("variant-price").textContent()).toBe("¥49.90")
    expect(await five.getByTestId("variant-per-jin").textContent()).toBe("¥9.98/斤")
    expect(await five.getByTestId("variant-stock").textContent()).toBe("仅剩 6 件")
    expect(await ten.getByTestId("variant-price").textContent()).toBe("¥89.00")
    expect(await ten.getByTestId("variant-per-jin").textContent()).toBe("¥8.90/斤")
    expect(await ten.getByTestId("variant-stock").textContent()).toBe("已售罄")
    expect(await ten.locator("input").isDisabled()).toBe(true)
    expect(await five.locator("input").isChecked()).toBe(true)

    const provenance = page.getByTestId("provenance")
    expect(await provenance.getByTestId("partner-link").getAttribute("href")).toBe(
      "/partners/songyuan-pomelo-farm"
    )
    expect(await provenance.getByTestId("town-link").getAttribute("href")).toBe("/towns/songyuan")
    await expectVisible(provenance.getByText("8–10 月上市"))
    await expectVisible(provenance.getByRole("heading", { name: "资质证书" }))
    await expectVisible(provenance.getByRole("heading", { name: "我们的故事" }))

    await screenshot(page, "storefront-product-390")
    const wide = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" })
    await wide.goto(`${shop.storefrontUrl}/products/meixian-red-pomelo`)
    await expectVisible(wide.getByTestId("provenance"))
    await screenshot(wide, "storefront-product-1280")
    await wide.close()

    await provenance.getByTestId("partner-link").click()
    await page.waitForURL("**/partners/songyuan-pomelo-farm")
    await expectVisible(page.getByRole("heading", { level: 1, name: "梅县区松源镇丰柚家庭农场" }))
    await expectVisible(page.getByTestId("aid-share").getByText(/松源镇/))
    await expectVisible(page.getByRole("link", { name: /梅县金柚/ }))
  })

  it("shows pre-sale produce with its promised ship date", async () => {
    await page.goto(`${shop.storefrontUrl}/products/shejiang-5g-blueberry`)
    const stock = page.getByTestId("variant-stock").first()
    expect(await stock.textContent()).toBe("预售，预计 2027年4月20日 发货")
  })

  it("refuses a sold-out variant, also when the form is forced, and adds an available one", async () => {
    await page.goto(`${shop.storefrontUrl}/products/meixian-red-pomelo`)
    const ten = page.locator('[data-testid="variant"][data-variant-title="10斤/箱"] input')
    // Force the disabled choice, as a tampered form would: the server refuses in Chinese.
    await ten.evaluate((input: HTMLInputElement) => {
      input.disabled = false
      input.checked = true
    })
    await page.getByTestId("add-to-cart").click()
    const error = page.getByTestId("add-to-cart-error")
    await expectVisible(error)
    expect(await error.textContent()).toMatch(/售罄/)
    expect((await mobile.cookies()).some((c) => c.name === "cart_id")).toBe(false)

    await page.reload()
    await page
      .locator('[data-testid="variant"][data-variant-title="5斤/箱"] input')
      .check({ force: true })
    await page.getByTestId("add-to-cart").click()
    await expectVisible(page.getByTestId("add-to-cart-ok"))
    expect((await mobile.cookies()).some((c) => c.name === "cart_id")).toBe(true)
  })

  it("answers unknown products, towns and partners with a Chinese not-found page", async () => {
    for (const path of [
      "/products/no-such-product",
      "/towns/no-such-town",
      "/partners/no-such-partner",
    ]) {
      const response = await page.goto(`${shop.storefrontUrl}${path}`)
      expect(response?.status()).toBe(404)
      await expectVisible(page.getByRole("heading", { name: "页面不存在" }))
    }
  })
})
