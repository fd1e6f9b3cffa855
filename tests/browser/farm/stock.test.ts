/**
 * A farm account on a phone: it lands on 我的农场, changes stock there, and the
 * storefront shows the new stock state at once.
 */
import type { Page } from "playwright-core"
import { RESENT_ON_RESET, expectVisible, screenshot, useBrowser } from "../../fixtures/browser"
import { farmLogin, PHONE, publishableKey, TOMATO } from "../../fixtures/farm-browser"
import { useShop } from "../../fixtures/shop"

describe("a farm account on a phone", () => {
  const shop = useShop()
  const session = useBrowser(PHONE)
  let page: Page
  const refused: string[] = []

  beforeAll(async () => {
    page = session.page
    page.on("response", (response) => {
      const url = new URL(response.url())
      // 403: a route outside the farm's allowlist; 400 on a read: a query or fields the farm scope does not allow
      const status = response.status()
      const method = response.request().method()
      if (
        url.pathname.startsWith("/admin/") &&
        (status === 403 || (status === 400 && method === "GET"))
      ) {
        refused.push(`${method} ${url.pathname}${status === 400 ? url.search : ""}`)
      }
    })
    await farmLogin(page, shop.backendUrl)
  }, 600_000)

  it("opens on 我的农场 after login, not on the order list", async () => {
    await page.waitForURL((url) => url.pathname.endsWith("/app/farm"), { timeout: 60_000 })
    await expectVisible(page.getByTestId("farm-page"), 60_000)
  })

  it("changes stock on 我的农场 at 390 px and the storefront shows the new stock state", async () => {
    refused.length = 0
    await page.goto(`${shop.backendUrl}/app/farm`)
    await expectVisible(page.getByTestId("farm-page"), 60_000)
    await expectVisible(
      page.getByTestId("farm-partner-name").getByText("梅州市东溪农业科技有限公司")
    )
    const card = page.locator(`[data-testid="farm-product"][data-handle="${TOMATO}"]`)
    await expectVisible(card)
    const row = card.getByTestId("farm-variant-row").first()
    const variantId = await row.getAttribute("data-variant-id")
    expect(variantId).toMatch(/^variant_/)
    // the admin shell loads without refusals, except the store-wide notification feed
    expect([...new Set(refused)].filter((r) => r !== "GET /admin/notifications")).toEqual([])

    const key = await publishableKey(shop.databaseUrl)
    const storeStock = async () => {
      const response = await page.request.get(
        `${shop.backendUrl}/store/products?handle=${TOMATO}&fields=%2Bvariants.inventory_quantity`,
        { ...RESENT_ON_RESET, headers: { "x-publishable-api-key": key } }
      )
      const { products } = await response.json()
      return products[0].variants.find((v: any) => v.id === variantId).inventory_quantity as number
    }
    expect(await storeStock()).toBeGreaterThan(0)

    // sell out the variant, then stock it again, each in one step
    await row.getByTestId("farm-stock-input").fill("0")
    await page.getByTestId("farm-stock-save").click()
    await expectVisible(row.getByTestId("farm-variant-stocked").getByText("在库 0"))
    await expectVisible(row.getByText("已售罄"))
    expect(await storeStock()).toBe(0)
    // the buyer's product page shows it at once (the backend revalidates the storefront's cache)
    const shopPage = await page.context().newPage()
    const storefrontState = async () => {
      await shopPage.goto(`${shop.storefrontUrl}/products/${TOMATO}`)
      return shopPage
        .locator('[data-testid="variant"]', {
          has: shopPage.locator(`input[value="${variantId}"]`),
        })
        .getAttribute("data-stock")
    }
    // the revalidation reaches the storefront in the background, right after the change
    await expect.poll(storefrontState, { timeout: 15_000, interval: 500 }).toBe("sold_out")

    await page.getByTestId("farm-stock-mode-adjust").click()
    await row.getByTestId("farm-stock-input").fill("37")
    await page.getByTestId("farm-stock-save").click()
    await expectVisible(row.getByTestId("farm-variant-stocked").getByText("在库 37"))
    expect(await storeStock()).toBe(37)
    await expect.poll(storefrontState, { timeout: 15_000, interval: 500 }).toBe("in_stock")
    await screenshot(shopPage, "storefront-after-farm-stock")
    await shopPage.close()

    // the page fits the phone: nothing wider than the screen
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(390)
    await screenshot(page, "admin-farm-mobile")

    // the change is in the farm's stock record
    await page.getByTestId("farm-tab-audit").click()
    await expectVisible(page.getByTestId("farm-audit-row").first().getByText("0 → 37"))
    await screenshot(page, "admin-farm-audit-mobile")
  })
})
