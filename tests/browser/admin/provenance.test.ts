import type { Page } from "playwright-core"
import { adminCredentials } from "../../../backend/src/scripts/seed/admin-credentials"
import {
  RESENT_ON_RESET,
  adminLogin,
  chooseOption,
  expectVisible,
  screenshot,
  screenshotOf,
  useBrowser,
} from "../../fixtures/browser"
import { useShop } from "../../fixtures/shop"

const FIVE_TOWNS = ["丙村镇", "畲江镇", "南口镇", "白渡镇", "松源镇"]

describe("the support team in the admin", () => {
  const shop = useShop()
  const session = useBrowser({
    locale: "zh-CN",
    viewport: { width: 1280, height: 900 },
  })
  let page: Page

  beforeAll(async () => {
    page = session.page
    const { email, password } = adminCredentials()
    await adminLogin(page, shop.backendUrl, { email, password })
  }, 600_000)

  it("works in Chinese", async () => {
    await page.goto(`${shop.backendUrl}/app/orders`)
    await expectVisible(page.getByRole("link", { name: "产品" }))
    await expectVisible(page.getByRole("link", { name: "合作主体" }))
  })

  it("sees the five towns with their partners", async () => {
    await page.goto(`${shop.backendUrl}/app/towns`)
    const table = page.getByTestId("towns-table")
    await table.waitFor()
    for (const town of FIVE_TOWNS) {
      await expectVisible(table.getByText(town, { exact: true }))
    }
    await screenshot(page, "admin-towns")
  })

  it("edits a town and adds a village to it", async () => {
    await page.goto(`${shop.backendUrl}/app/towns`)
    await page.getByTestId("towns-table").getByText("丙村镇", { exact: true }).click()
    await page.getByTestId("town-edit-form").waitFor()
    await page.getByTestId("town-summary").fill("梅县区东部，无土栽培番茄之乡。")
    await page.getByTestId("town-villages").fill("东山村")
    await page.getByTestId("town-save").click()
    await expectVisible(page.getByTestId("town-village-list").getByText("东山村"))
    const response = await page.request.get(
      `${shop.backendUrl}/admin/towns?q=丙村`,
      RESENT_ON_RESET
    )
    const [town] = (await response.json()).towns
    expect(town.summary).toBe("梅县区东部，无土栽培番茄之乡。")
    expect(town.villages.map((v: any) => v.name)).toEqual(
      expect.arrayContaining(["溪联村", "东山村"])
    )
  })

  it("creates a town with its villages", async () => {
    await page.goto(`${shop.backendUrl}/app/towns`)
    await page.getByTestId("town-create").click()
    await page.getByTestId("town-handle").fill("chengdong")
    await page.getByTestId("town-name").fill("城东镇")
    await page.getByTestId("town-name-pinyin").fill("Chengdong")
    await page.getByTestId("town-villages").fill("玉水村")
    await page.getByTestId("town-submit").click()
    await page.waitForURL(/\/app\/towns\/town_/)
    await expectVisible(page.getByTestId("town-detail-name").getByText("城东镇"))
    await expectVisible(page.getByTestId("town-village-list").getByText("玉水村"))
  })

  it("sees the partners with their towns", async () => {
    await page.goto(`${shop.backendUrl}/app/partners`)
    const table = page.getByTestId("partners-table")
    await table.waitFor()
    await expectVisible(table.getByText("梅州市东溪农业科技有限公司"))
    const rows = table.getByTestId("partners-table-row")
    expect(await rows.count()).toBeGreaterThanOrEqual(9)
    const text = await table.innerText()
    for (const town of FIVE_TOWNS) expect(text).toContain(town)
    await screenshot(page, "admin-partners")
  })

  it("sees 16+ products, each with its partner and town", async () => {
    const response = await page.request.get(
      `${shop.backendUrl}/admin/products?limit=100&fields=id,title`,
      RESENT_ON_RESET
    )
    const { products, count } = await response.json()
    expect(count).toBeGreaterThanOrEqual(16)

    await page.goto(`${shop.backendUrl}/app/products`)
    await expectVisible(page.getByText(products[0].title), 30_000)
    const overview = page.getByTestId("product-provenance-overview")
    await expectVisible(
      overview.getByTestId("product-provenance-unassigned").getByText("全部商品已关联合作主体")
    )
    await expectVisible(overview.getByText(`共 ${count} 条`, { exact: false }))
    const rows = overview.getByTestId("product-provenance-row")
    expect(await rows.count()).toBe(10)
    const rowText = await overview.getByTestId("product-provenance-table").innerText()
    expect(FIVE_TOWNS.some((town) => rowText.includes(town))).toBe(true)
    await screenshotOf(overview, "admin-products-provenance")

    const tomato = products.find((p: any) => p.title.includes("番茄"))
    await page.goto(`${shop.backendUrl}/app/products/${tomato.id}`)
    const widget = page.getByTestId("product-partner-widget")
    await widget.waitFor()
    await expectVisible(widget.getByText("梅州市东溪农业科技有限公司"))
    await expectVisible(widget.getByText("丙村镇"))
    await screenshotOf(widget, "admin-product-partner")
  })

  it("creates a partner with the form, refusing a bad mobile number first", async () => {
    await page.goto(`${shop.backendUrl}/app/partners`)
    await page.getByTestId("partner-create").click()
    await page.getByTestId("partner-handle").fill("baidu-honey-demo")
    await page.getByTestId("partner-name").fill("白渡百花蜂蜜合作社")
    await chooseOption(page, "partner-kind-select", "合作社")
    await chooseOption(page, "partner-town-select", "白渡镇")
    await page.getByTestId("partner-households-involved").fill("25")
    await page.getByTestId("partner-contact-phone").fill("1391234")
    await page.getByTestId("partner-submit").click()
    await expectVisible(
      page.getByText("请输入 11 位手机号（如 13800138000）或座机号（如 0753-2188888）")
    )
    const none = await page.request.get(
      `${shop.backendUrl}/admin/partners?q=百花蜂蜜`,
      RESENT_ON_RESET
    )
    expect((await none.json()).count).toBe(0)

    await page.getByTestId("partner-contact-phone").fill("13912345678")
    await page.getByTestId("partner-submit").click()
    // A new partner opens on its own page.
    await page.waitForURL(/\/app\/partners\/ptnr_/)
    await expectVisible(page.getByTestId("partner-detail-name").getByText("白渡百花蜂蜜合作社"))
    await expectVisible(page.getByTestId("partner-stock-location").getByText("白渡百花蜂蜜合作社"))
    const created = await page.request.get(
      `${shop.backendUrl}/admin/partners?q=百花蜂蜜`,
      RESENT_ON_RESET
    )
    const { partners } = await created.json()
    expect(partners).toHaveLength(1)
    expect(partners[0]).toMatchObject({
      handle: "baidu-honey-demo",
      kind: "cooperative",
      households_involved: 25,
      contact_phone: "13912345678",
      town: { handle: "baidu" },
      stock_location: { name: "白渡百花蜂蜜合作社" },
    })
    await screenshot(page, "admin-partner-created")
  })

  it("moves a product to another partner from the product page", async () => {
    const response = await page.request.get(
      `${shop.backendUrl}/admin/products?limit=100&fields=id,title`,
      RESENT_ON_RESET
    )
    const { products } = await response.json()
    const product = products.find((p: any) => p.title.includes("梅菜干"))
    await page.goto(`${shop.backendUrl}/app/products/${product.id}`)
    const widget = page.getByTestId("product-partner-widget")
    await widget.waitFor()
    await chooseOption(page, "product-partner-select", "梅州市山粮食品有限公司（南口镇）")
    await page.getByTestId("product-partner-save").click()
    await expectVisible(
      page.getByTestId("product-partner-name").getByText("梅州市山粮食品有限公司")
    )
    const after = await page.request.get(
      `${shop.backendUrl}/admin/products/${product.id}/partner`,
      RESENT_ON_RESET
    )
    expect((await after.json()).partner).toMatchObject({
      handle: "shanliang-oil",
      town: { handle: "nankou" },
    })
  })
})
