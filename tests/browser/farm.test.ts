import fs from "node:fs"
import pg from "pg"
import type { Browser, Page } from "playwright-core"
import { adminCredentials } from "../../backend/src/scripts/seed/admin-credentials"
import { demoFarmCredentials } from "../../backend/src/scripts/seed/farm-credentials"
import { STOREFRONT_KEY_TITLE } from "../../backend/src/scripts/seed/storefront-key"
import {
  adminLogin,
  chooseOption,
  expectVisible,
  launchBrowser,
  screenshot,
} from "../fixtures/browser"
import { type BuiltStorefront, startBuiltStorefront } from "../fixtures/built-storefront"

const TOMATO = "bingcun-soilless-cherry-tomato"

/** The storefront's publishable key, read from the shop's database. */
async function publishableKey(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      "select token from api_key where title = $1 and type = 'publishable'",
      [STOREFRONT_KEY_TITLE]
    )
    return rows[0].token as string
  } finally {
    await client.end()
  }
}

describe("a farm account on a phone", () => {
  let shop: BuiltStorefront
  let browser: Browser
  let page: Page
  const refused: string[] = []

  beforeAll(async () => {
    shop = await startBuiltStorefront()
    browser = await launchBrowser()
    const context = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    })
    page = await context.newPage()
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
    const { email, password } = demoFarmCredentials()
    await adminLogin(page, shop.backendUrl, { email, password })
  }, 600_000)

  afterEach(async ({ task }) => {
    if (task.result?.state === "fail")
      await screenshot(page, `failed-${task.name.replace(/\W+/g, "-")}`)
  })

  afterAll(async () => {
    await browser?.close()
    await shop?.stop()
  })

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
        { headers: { "x-publishable-api-key": key } }
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

  it("shows an order line on 待发货 only once the order is paid, and ships it with carrier and tracking number", async () => {
    // a buyer orders two boxes of tomatoes through the store API
    const key = await publishableKey(shop.databaseUrl)
    const store = { "x-publishable-api-key": key }
    const call = async (method: "get" | "post", path: string, data?: unknown) => {
      const response = await page.request[method](`${shop.backendUrl}${path}`, {
        headers: store,
        data,
      })
      expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300)
      return response.json()
    }
    const { regions } = await call("get", "/store/regions")
    const region = regions.find((r: any) => r.currency_code === "cny")
    const { products } = await call("get", `/store/products?handle=${TOMATO}&fields=id,*variants`)
    const address = {
      first_name: "晓雨",
      last_name: "陈",
      phone: "13926001234",
      country_code: "cn",
      province: "广东省",
      city: "广州市",
      address_1: "天河区体育西路 191 号 1204 房",
      postal_code: "510620",
    }
    const { cart } = await call("post", "/store/carts", {
      region_id: region.id,
      email: "chen.xiaoyu@example.cn",
      items: [{ variant_id: products[0].variants[0].id, quantity: 2 }],
      shipping_address: address,
      billing_address: address,
    })
    const { shipping_options } = await call("get", `/store/shipping-options?cart_id=${cart.id}`)
    await call("post", `/store/carts/${cart.id}/shipping-methods`, {
      option_id: shipping_options.find((o: any) => o.name === "冷链配送").id,
    })
    const { payment_collection } = await call("post", "/store/payment-collections", {
      cart_id: cart.id,
    })
    await call("post", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: "pp_system_default",
    })
    const completed = await call("post", `/store/carts/${cart.id}/complete`)
    expect(completed.type).toBe("order")

    // placed, not paid yet: 待发货 says only paid orders are listed and lists none
    await page.goto(`${shop.backendUrl}/app/farm`)
    await page.getByTestId("farm-tab-orders").click()
    await expectVisible(
      page.getByTestId("farm-orders-paid-only").getByText("只列出已付款的订单", { exact: false })
    )
    await expectVisible(page.getByTestId("farm-orders").getByText("没有待发货的订单"))
    expect(await page.getByTestId("farm-order-line").count()).toBe(0)

    // the support team confirms the payment (captures it)
    const support = await browser.newContext()
    const { token } = await (
      await support.request.post(`${shop.backendUrl}/auth/user/emailpass`, {
        data: adminCredentials(),
      })
    ).json()
    const supportHeaders = { authorization: `Bearer ${token}` }
    const { order: placed } = await (
      await support.request.get(
        `${shop.backendUrl}/admin/orders/${completed.order.id}?fields=*payment_collections.payments`,
        {
          headers: supportHeaders,
        }
      )
    ).json()
    const capture = await support.request.post(
      `${shop.backendUrl}/admin/payments/${placed.payment_collections[0].payments[0].id}/capture`,
      { headers: supportHeaders, data: {} }
    )
    expect(capture.status()).toBe(200)

    await page.reload()
    await page.getByTestId("farm-tab-orders").click()
    const line = page.getByTestId("farm-order-line").first()
    await expectVisible(line.getByText("陈晓雨"))
    await expectVisible(line.getByText("天河区体育西路 191 号 1204 房", { exact: false }))
    await expectVisible(line.getByText("冷链配送", { exact: false }))
    await chooseOption(page, "farm-ship-carrier", "顺丰速运")
    await line.getByTestId("farm-ship-tracking").fill("SF1400012345678")
    await screenshot(page, "admin-farm-ship-mobile")
    await line.getByTestId("farm-ship-submit").click()
    await expectVisible(page.getByTestId("farm-orders").getByText("没有待发货的订单"))

    // the order now has a shipped fulfillment from the farm with the tracking number
    const response = await support.request.get(
      `${shop.backendUrl}/admin/orders/${completed.order.id}?fields=fulfillment_status,*fulfillments,*fulfillments.labels`,
      { headers: supportHeaders }
    )
    const { order } = await response.json()
    await support.close()
    expect(order.fulfillment_status).toBe("shipped")
    expect(order.fulfillments[0].labels.map((l: any) => l.tracking_number)).toEqual([
      "SF1400012345678",
    ])
    expect(order.fulfillments[0].metadata).toMatchObject({ carrier: "顺丰速运" })

    // the month's statement downloads as CSV (UTF-8 with a byte-order mark, CRLF)
    await page.getByTestId("farm-tab-sales").click()
    await expectVisible(page.getByTestId("farm-statement-total"))
    const download = page.waitForEvent("download")
    await page.getByTestId("farm-statement-export").click()
    const file = await (await download).path()
    const bytes = fs.readFileSync(file!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString("utf8")).toContain("\r\n")
    expect((await download).suggestedFilename()).toMatch(/对账单.*\.csv$/)
  })

  it("the support team invites a staff member on the partner page; the new account sets a password and sees only that farm", async () => {
    const support = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 1280, height: 900 },
    })
    const adminPage = await support.newPage()
    const admin = adminCredentials()
    await adminLogin(adminPage, shop.backendUrl, admin)
    const { partners } = await (
      await adminPage.request.get(`${shop.backendUrl}/admin/partners?q=畲穗`)
    ).json()
    const partner = partners[0]
    expect(partner.name).toBe("梅州市畲穗农业发展有限公司")

    await adminPage.goto(`${shop.backendUrl}/app/partners/${partner.id}`)
    const staff = adminPage.getByTestId("partner-staff")
    await expectVisible(staff)
    await staff.getByTestId("partner-staff-email").fill("rice.staff@shesui-demo.example.cn")
    await staff.getByTestId("partner-staff-invite-submit").click()
    const invite = staff.getByTestId("partner-staff-invite")
    await expectVisible(invite.getByText("rice.staff@shesui-demo.example.cn"))
    const link = (await invite.innerText()).match(/https?:\/\/\S+/)?.[0]
    expect(link).toContain("/app/invite?token=")
    await screenshot(adminPage, "admin-partner-staff")

    // the support team opens any farm's page by picking the partner
    await adminPage.goto(`${shop.backendUrl}/app/farm`)
    await chooseOption(adminPage, "farm-partner-select", "梅州市畲穗农业发展有限公司")
    await expectVisible(
      adminPage.locator('[data-testid="farm-product"][data-handle="shejiang-simiao-rice"]')
    )
    expect(
      await adminPage.locator(`[data-testid="farm-product"][data-handle="${TOMATO}"]`).count()
    ).toBe(0)
    await support.close()

    const phone = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    const staffPage = await phone.newPage()
    await staffPage.goto(link!)
    await staffPage.locator('input[name="first_name"]').fill("稻")
    await staffPage.locator('input[name="last_name"]').fill("丰")
    await staffPage.locator('input[name="password"]').fill("rice-staff-2026")
    await staffPage.locator('input[name="repeat_password"]').fill("rice-staff-2026")
    const accepted = staffPage.waitForResponse(
      (r) => new URL(r.url()).pathname === "/admin/invites/accept",
      { timeout: 60_000 }
    )
    await staffPage.locator('button[type="submit"]').click()
    expect((await accepted).status()).toBe(200)
    // the form gives way to the success view
    await staffPage
      .locator('input[name="repeat_password"]')
      .waitFor({ state: "detached", timeout: 30_000 })

    await adminLogin(staffPage, shop.backendUrl, {
      email: "rice.staff@shesui-demo.example.cn",
      password: "rice-staff-2026",
    })
    await staffPage.waitForURL((url) => url.pathname.endsWith("/app/farm"), { timeout: 60_000 })
    const { data: me } = {
      data: await (await staffPage.request.get(`${shop.backendUrl}/admin/farm`)).json(),
    }
    expect(me).toMatchObject({ is_support: false, partner: { id: partner.id } })
    await staffPage.goto(`${shop.backendUrl}/app/farm`)
    await expectVisible(
      staffPage.getByTestId("farm-partner-name").getByText("梅州市畲穗农业发展有限公司"),
      60_000
    ).catch(async (error) => {
      await screenshot(staffPage, "failed-farm-staff")
      throw error
    })
    await expectVisible(
      staffPage.locator('[data-testid="farm-product"][data-handle="shejiang-simiao-rice"]')
    )
    expect(
      await staffPage.locator(`[data-testid="farm-product"][data-handle="${TOMATO}"]`).count()
    ).toBe(0)
    expect((await staffPage.request.get(`${shop.backendUrl}/admin/products`)).status()).toBe(403)
    await phone.close()
  })
})
