/**
 * The search box's suggestions on a 390 px phone: typing pinyin shows the
 * products it means, the keyboard moves through them, choosing one opens the
 * product; a search with no results offers alternatives instead of an empty page.
 */
import type { Page } from "playwright-core"
import { expectVisible, screenshot, useBrowser } from "../../fixtures/browser"
import { useShop } from "../../fixtures/shop"
import { MOBILE } from "../../fixtures/storefront"

describe("search suggestions", () => {
  const shop = useShop()
  const session = useBrowser(MOBILE, { failurePrefix: "failed-search-suggest-" })
  let page: Page

  beforeAll(() => {
    page = session.page
  })

  it("typing miy on a phone suggests 梅县金柚 and the 蜜柚, and choosing one opens the product", async () => {
    await page.goto(shop.storefrontUrl)
    const box = page.getByRole("searchbox", { name: "搜索商品" }).first()
    await box.pressSequentially("miy", { delay: 60 })
    const list = page.getByRole("listbox", { name: "搜索建议" }).first()
    await expectVisible(list)
    const combobox = page.getByRole("combobox", { name: "搜索商品" }).first()
    expect(await combobox.getAttribute("aria-expanded")).toBe("true")
    const options = list.getByRole("option")
    const texts = await options.locator(".suggestion-text").allTextContents()
    expect(texts).toEqual(expect.arrayContaining(["梅县金柚", "梅县红肉蜜柚", "梅县白肉蜜柚"]))
    const width = await list.evaluate((el) => el.getBoundingClientRect().right)
    expect(width).toBeLessThanOrEqual(390)
    await screenshot(page, "storefront-search-suggest-390")

    // keyboard: down selects the first option (aria-activedescendant), escape closes the list
    await box.press("ArrowDown")
    const first = await options.first().getAttribute("id")
    expect(await box.getAttribute("aria-activedescendant")).toBe(first)
    expect(await options.first().getAttribute("aria-selected")).toBe("true")
    await box.press("Escape")
    expect(await combobox.getAttribute("aria-expanded")).toBe("false")

    // `mxjy` is 梅县金柚 by its initials; choosing it by touch opens it
    await box.fill("")
    await box.pressSequentially("mxjy", { delay: 60 })
    const golden = list.getByRole("option", { name: /梅县金柚/ })
    await expectVisible(golden)
    await golden.tap()
    await page.waitForURL("**/products/meixian-golden-pomelo")
    await expectVisible(page.getByRole("heading", { name: "梅县金柚" }))

    // the box is empty again for the next search; Enter on a chosen suggestion opens it too
    const again = page.getByRole("searchbox", { name: "搜索商品" }).first()
    expect(await again.inputValue()).toBe("")
    await again.pressSequentially("miyou", { delay: 60 })
    await expectVisible(
      page.getByRole("listbox", { name: "搜索建议" }).first().getByRole("option").first()
    )
    await again.press("ArrowDown")
    await again.press("Enter")
    await page.waitForURL(/\/products\/meixian-(red|white)-pomelo/)
  })

  it("a search with no results shows the nearest matches and products to try", async () => {
    await page.goto(`${shop.storefrontUrl}/search?q=${encodeURIComponent("梅县榴莲")}`)
    await expectVisible(page.getByTestId("search-no-results"))
    const nearest = page.getByTestId("search-nearest")
    await expectVisible(nearest)
    const titles = await nearest.locator(".product-card-title").allTextContents()
    expect(titles.some((title) => title.includes("梅县"))).toBe(true)
    await expectVisible(page.getByTestId("search-popular").getByTestId("product-card"))
    await screenshot(page, "storefront-search-alternatives-390")

    await page.goto(`${shop.storefrontUrl}/search?q=${encodeURIComponent("榴莲")}`)
    await expectVisible(page.getByTestId("search-no-results"))
    await expectVisible(page.getByTestId("search-popular").getByTestId("product-card"))
  })
})
