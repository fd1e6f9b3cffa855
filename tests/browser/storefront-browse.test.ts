/**
 * Browsing the storefront in Chromium against the production builds: home
 * (in-season produce, towns, partners, the aid counter), a town, a product
 * with its variants, prices per 斤, stock states and provenance, the catalog's
 * filters, sorting and pagination, search, keyboard focus, and fresh prices
 * and stock after the support team changes them (the backend's events expire
 * the storefront's cache).
 */
import type { Browser, BrowserContext, Page } from "playwright-core"
import { adminCredentials } from "../../backend/src/scripts/seed/admin-credentials"
import { expectVisible, launchBrowser, screenshot } from "../fixtures/browser"
import { type BuiltStorefront, startBuiltStorefront } from "../fixtures/built-storefront"

const FIVE_TOWNS = ["丙村镇", "畲江镇", "南口镇", "白渡镇", "松源镇"]

/** Integer fen from "¥1,234.50". */
function fen(text: string): number {
  const match = text.replace(/,/g, "").match(/¥(\d+)\.(\d{2})/)
  if (!match) throw new Error(`No price in "${text}"`)
  return Number(match[1]) * 100 + Number(match[2])
}

describe("browsing the storefront", () => {
  let shop: BuiltStorefront
  let browser: Browser
  let mobile: BrowserContext
  let page: Page
  let store: (path: string) => Promise<any>
  let admin: (path: string, body?: unknown) => Promise<any>
  let adminToken: string

  beforeAll(async () => {
    shop = await startBuiltStorefront()
    browser = await launchBrowser()
    mobile = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    })
    page = await mobile.newPage()

    store = async (path) => {
      const response = await fetch(`${shop.backendUrl}${path}`, {
        headers: { "x-publishable-api-key": shop.publishableKey },
      })
      if (!response.ok) throw new Error(`GET ${path}: ${response.status}`)
      return response.json()
    }
    const { email, password } = adminCredentials()
    const login = await fetch(`${shop.backendUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    })
    const { token } = await login.json()
    adminToken = token
    admin = async (path, body) => {
      const response = await fetch(`${shop.backendUrl}${path}`, {
        method: body ? "POST" : "GET",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: body ? JSON.stringify(body) : undefined,
      })
      if (!response.ok)
        throw new Error(
          `${body ? "POST" : "GET"} ${path}: ${response.status} ${await response.text()}`
        )
      return response.json()
    }
  }, 900_000)

  afterEach(async ({ task }) => {
    if (task.result?.state === "fail")
      await screenshot(page, `failed-storefront-${task.name.replace(/\W+/g, "-")}`)
  })

  afterAll(async () => {
    await browser?.close()
    await shop?.stop()
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

  it("shows a new price and new stock right after the support team changes them", async () => {
    const url = `${shop.storefrontUrl}/products/meixian-golden-pomelo`
    const variant = (title: string) =>
      page.locator(`[data-testid="variant"][data-variant-title="${title}"]`)
    await page.goto(url)
    expect(await variant("5斤/箱").getByTestId("variant-price").textContent()).toBe("¥39.90")
    expect(await variant("15斤/箱").getByTestId("variant-stock").textContent()).toBe("有货")
    // Served from the cache now.
    await page.reload()
    expect(await variant("5斤/箱").getByTestId("variant-price").textContent()).toBe("¥39.90")

    const { products } = await admin(
      "/admin/products?handle=meixian-golden-pomelo&fields=id,variants.id,variants.sku"
    )
    const [product] = products
    const five = product.variants.find((v: any) => v.sku === "MX-POMELO-GOLD-5J")
    await admin(`/admin/products/${product.id}/variants/${five.id}`, {
      prices: [{ currency_code: "cny", amount: 36.5 }],
    })

    const { inventory_items } = await admin(
      "/admin/inventory-items?sku=MX-POMELO-GOLD-15J&fields=id,*location_levels"
    )
    const level = inventory_items[0].location_levels[0]
    await admin(
      `/admin/inventory-items/${inventory_items[0].id}/location-levels/${level.location_id}`,
      {
        stocked_quantity: level.reserved_quantity + 3,
      }
    )

    // The backend's events reach the storefront in the background: reload until the page shows them.
    const shows = async (title: string, testId: string, expected: string) => {
      for (let attempt = 0; attempt < 30; attempt++) {
        await page.goto(url)
        if ((await variant(title).getByTestId(testId).textContent()) === expected) return true
        await page.waitForTimeout(500)
      }
      return false
    }
    expect(await shows("5斤/箱", "variant-price", "¥36.50")).toBe(true)
    expect(await variant("5斤/箱").getByTestId("variant-per-jin").textContent()).toBe("¥7.30/斤")
    expect(await shows("15斤/箱", "variant-stock", "仅剩 3 件")).toBe(true)

    // Only the backend, with the shared secret, may expire the cache.
    const refused = await fetch(`${shop.storefrontUrl}/api/revalidate`, {
      method: "POST",
      headers: { "x-revalidate-secret": "not-the-secret" },
    })
    expect(refused.status).toBe(401)
  })

  it("shows the photos uploaded in the admin on the product page and its card", async () => {
    // a picture to upload: a screenshot of the shop itself
    await page.goto(`${shop.storefrontUrl}/towns/songyuan`)
    const picture = await page.screenshot({
      type: "png",
      clip: { x: 0, y: 0, width: 200, height: 150 },
    })
    const form = new FormData()
    form.append(
      "files",
      new Blob([new Uint8Array(picture)], { type: "image/png" }),
      "bamboo-shoot.png"
    )
    const upload = await fetch(`${shop.backendUrl}/admin/uploads`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}` },
      body: form,
    })
    expect(upload.status).toBe(200)
    const { files } = await upload.json()
    const photoUrl: string = files[0].url
    expect(photoUrl.startsWith(`${shop.backendUrl}/static/`)).toBe(true)
    const { products } = await admin("/admin/products?handle=songyuan-dried-bamboo-shoot&fields=id")
    await admin(`/admin/products/${products[0].id}`, {
      images: [{ url: photoUrl }],
      thumbnail: photoUrl,
    })

    const url = `${shop.storefrontUrl}/products/songyuan-dried-bamboo-shoot`
    for (let attempt = 0; attempt < 30; attempt++) {
      await page.goto(url)
      if (await page.getByTestId("product-photos").count()) break
      await page.waitForTimeout(500)
    }
    const photo = page
      .getByTestId("product-photos")
      .getByRole("img", { name: "松源高山笋干（图 1）" })
    expect(await photo.getAttribute("src")).toBe(photoUrl)
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true)
    expect(await page.getByText("示意图", { exact: true }).count()).toBe(0)
    await screenshot(page, "storefront-product-photo-390")

    await page.goto(`${shop.storefrontUrl}/towns/songyuan`)
    const card = page.locator(
      '[data-testid="product-card"][data-handle="songyuan-dried-bamboo-shoot"] img.product-photo'
    )
    expect(await card.getAttribute("src")).toBe(photoUrl)
  })

  it("shows a partner's new name on its page, its products and in search right after it is renamed", async () => {
    const { partners } = await admin("/admin/partners?q=茶笋")
    const [partner] = partners
    expect(partner.handle).toBe("songyuan-mountain-coop")
    await admin(`/admin/partners/${partner.id}`, { name: "梅县区松源云雾茶笋专业合作社" })
    const showsNewName = async (path: string) => {
      for (let attempt = 0; attempt < 30; attempt++) {
        await page.goto(`${shop.storefrontUrl}${path}`)
        if (
          ((await page.locator("main").textContent()) ?? "").includes(
            "梅县区松源云雾茶笋专业合作社"
          )
        )
          return true
        await page.waitForTimeout(500)
      }
      return false
    }
    expect(await showsNewName("/partners/songyuan-mountain-coop")).toBe(true)
    expect(await showsNewName("/products/songyuan-mountain-green-tea")).toBe(true)
    expect(await showsNewName(`/search?q=${encodeURIComponent("云雾茶笋")}`)).toBe(true)
    const found = await page
      .getByTestId("product-card")
      .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-handle")))
    expect(found.sort()).toEqual(["songyuan-dried-bamboo-shoot", "songyuan-mountain-green-tea"])
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
