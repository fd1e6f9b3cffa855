/**
 * The storefront's catalog and search in Chromium: filters, sorting and
 * pagination, the header's search box with its Chinese empty and no-result
 * states, and keyboard use with a visible focus.
 */
import type { Browser, Page } from "playwright-core"
import { expectVisible, screenshot, useBrowser } from "../../fixtures/browser"
import { useShop } from "../../fixtures/shop"
import { storeGet } from "../../fixtures/shop-api"
import { fen, MOBILE } from "../../fixtures/storefront"

describe("browsing the storefront", () => {
  const shop = useShop()
  const session = useBrowser(MOBILE, { failurePrefix: "failed-storefront-" })
  let browser: Browser
  let page: Page
  let store: (path: string) => Promise<any>

  beforeAll(async () => {
    ;({ browser, page } = session)
    store = storeGet(shop)
  })

  it("filters, sorts and pages the catalog", async () => {
    await page.goto(`${shop.storefrontUrl}/products`)
    const cards = page.getByTestId("product-card")
    const { count } = await store("/store/products?limit=1")
    expect(await page.getByTestId("catalog-count").textContent()).toBe(`共 ${count} 件商品`)
    expect(await cards.count()).toBe(Math.min(12, count))
    await screenshot(page, "storefront-catalog-390")

    await page.getByTestId("pagination").getByRole("link", { name: "下一页" }).click()
    await page.waitForURL("**/products?page=2")
    expect(await cards.count()).toBe(count - 12)

    // Town filter through the form.
    await page.goto(`${shop.storefrontUrl}/products`)
    await page.getByLabel("产地镇").selectOption({ label: "松源镇" })
    await page.getByRole("button", { name: "筛选", exact: true }).click()
    await page.waitForURL("**/products?town=songyuan")
    const origins = await page
      .getByTestId("product-card")
      .locator(".product-card-origin")
      .allTextContents()
    expect(origins.length).toBeGreaterThan(0)
    for (const origin of origins) expect(origin.startsWith("松源镇")).toBe(true)

    // Price, lowest first and highest first, over the region's prices.
    for (const [sort, direction] of [
      ["price_asc", 1],
      ["price_desc", -1],
    ] as const) {
      await page.goto(`${shop.storefrontUrl}/products?sort=${sort}`)
      const prices = (await page.getByTestId("card-price").allTextContents()).map(fen)
      expect(prices.length).toBe(12)
      for (let i = 1; i < prices.length; i++)
        expect((prices[i] - prices[i - 1]) * direction).toBeGreaterThanOrEqual(0)
    }

    // Category (Medusa's category_id), partner and in-season filters.
    await page.goto(`${shop.storefrontUrl}/products?category=pomelo`)
    expect(
      (
        await page.getByTestId("product-card").locator(".product-card-title").allTextContents()
      ).sort()
    ).toEqual(["梅县白肉蜜柚", "梅县红肉蜜柚", "梅县金柚"].sort())
    await page.goto(`${shop.storefrontUrl}/products?partner=dongxi-agritech`)
    for (const origin of await page
      .getByTestId("product-card")
      .locator(".product-card-origin")
      .allTextContents()) {
      expect(origin).toContain("东溪")
    }
    await page.goto(`${shop.storefrontUrl}/products?season=1`)
    const seasonCards = page.getByTestId("product-card")
    const n = await seasonCards.count()
    for (let i = 0; i < n; i++)
      await expectVisible(seasonCards.nth(i).getByText("当季", { exact: true }))

    const wide = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" })
    await wide.goto(`${shop.storefrontUrl}/products`)
    await expectVisible(wide.getByTestId("product-card"))
    await screenshot(wide, "storefront-catalog-1280")
    await wide.close()
  })

  it("searches with the header's search box, with Chinese empty and no-result states", async () => {
    await page.goto(shop.storefrontUrl)
    await page.getByRole("searchbox", { name: "搜索商品" }).first().fill("蜜柚")
    await page.getByRole("searchbox", { name: "搜索商品" }).first().press("Enter")
    await page.waitForURL("**/search?q=*")
    await expectVisible(page.getByRole("heading", { name: "“蜜柚”的搜索结果" }))
    const titles = await page
      .getByTestId("product-card")
      .locator(".product-card-title")
      .allTextContents()
    expect(titles).toContain("梅县红肉蜜柚")
    expect(titles).not.toContain("畲江丝苗米")

    // Medusa's Search Module: words typed without spaces, found in where the produce comes from,
    // with the matches per town to narrow them
    await page.goto(`${shop.storefrontUrl}/search?q=${encodeURIComponent("白渡大米")}`)
    await expectVisible(page.getByTestId("search-count"))
    const rice = await page
      .getByTestId("product-card")
      .locator(".product-card-title")
      .allTextContents()
    expect(rice.sort()).toEqual(["白渡稻虾共作虾稻米", "白渡稻蛙共养蛙稻米"])
    await page.goto(`${shop.storefrontUrl}/search?q=${encodeURIComponent("大米")}`)
    const towns = page.getByTestId("search-towns")
    await expectVisible(towns.getByRole("link", { name: /^全部（\d+）$/ }))
    const everyRice = await page.getByTestId("product-card").count()
    expect(
      await towns
        .getByRole("link", { name: "全部（" + everyRice + "）" })
        .getAttribute("aria-current")
    ).toBe("page")
    await towns.getByRole("link", { name: "白渡镇（2）" }).click()
    await page.waitForURL("**/search?q=*town=baidu*")
    await expect.poll(() => page.getByTestId("product-card").count()).toBe(2)
    expect(
      await towns.getByRole("link", { name: "白渡镇（2）" }).getAttribute("aria-current")
    ).toBe("page")
    await screenshot(page, "storefront-search-390")

    await page.goto(`${shop.storefrontUrl}/search?q=${encodeURIComponent("榴莲")}`)
    await expectVisible(page.getByTestId("search-no-results"))
    expect(await page.getByTestId("search-no-results").textContent()).toContain(
      "没有找到与“榴莲”相关的商品"
    )
    await page.goto(`${shop.storefrontUrl}/search`)
    await expectVisible(page.getByTestId("search-empty"))
  })

  it("can be used with the keyboard, with a visible focus", async () => {
    const desktop = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      locale: "zh-CN",
    })
    await desktop.goto(shop.storefrontUrl)
    const focused = () =>
      desktop.evaluate(() => {
        const el = document.activeElement as HTMLElement
        const style = getComputedStyle(el)
        return {
          text: (
            el.getAttribute("aria-label") ||
            el.textContent ||
            el.getAttribute("name") ||
            ""
          ).trim(),
          tag: el.tagName,
          outline: style.outlineStyle,
        }
      })
    await desktop.keyboard.press("Tab")
    expect(await focused()).toMatchObject({ text: "跳到主要内容", tag: "A" })
    const seen: string[] = []
    for (let i = 0; i < 8; i++) {
      await desktop.keyboard.press("Tab")
      const f = await focused()
      expect(f.outline).not.toBe("none")
      seen.push(f.tag === "INPUT" ? `input:${f.text}` : f.text)
    }
    expect(seen).toEqual(expect.arrayContaining(["input:q", "搜索", "全部商品", "五镇产地"]))
    expect(seen.some((s) => s.includes("购物车"))).toBe(true)
    expect(seen.some((s) => s.includes("我的账户"))).toBe(true)

    // The product page's controls: the variant choice and the add button, in order.
    await desktop.goto(`${shop.storefrontUrl}/products/meixian-white-pomelo`)
    await desktop.locator('[data-testid="variant"] input').first().focus()
    expect(await desktop.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(
      "variant_id"
    )
    await desktop.keyboard.press("ArrowDown")
    expect(await desktop.locator('[data-testid="variant"] input').nth(1).isChecked()).toBe(true)
    await desktop.keyboard.press("Tab")
    expect(await desktop.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(
      "quantity"
    )
    await desktop.keyboard.press("Tab")
    expect(await desktop.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "add-to-cart"
    )
    await desktop.close()
  })
})
