import fs from "node:fs"
import type { Browser, Page, Request } from "playwright-core"
import { adminCredentials } from "../../backend/src/scripts/seed/admin-credentials"
import {
  adminLogin,
  chooseOption,
  expectVisible,
  launchBrowser,
  screenshot,
  screenshotOf,
} from "../fixtures/browser"
import { type BuiltShop, startBuiltShop } from "../fixtures/built-shop"

const FIVE_TOWNS = ["丙村镇", "畲江镇", "南口镇", "白渡镇", "松源镇"]

/** The dashboard's money format: "¥1,234.50", "-¥12.00". */
function yuan(amount: string) {
  const [, sign, whole, cents] = /^(-?)(\d+)\.(\d{2})$/.exec(amount)!
  return `${sign}¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`
}

/** Today in China, YYYY-MM-DD. */
function chinaToday() {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
}

/** A GET of one of the aid report routes, with its query as an object. */
function aidRequest(path: string, match: (query: URLSearchParams) => boolean) {
  return (request: Request) => {
    const url = new URL(request.url())
    return request.method() === "GET" && url.pathname === path && match(url.searchParams)
  }
}

describe("the support team's aid dashboard", () => {
  let shop: BuiltShop
  let browser: Browser
  let page: Page
  const range = { from: `${chinaToday().slice(0, 4)}-01-01`, to: chinaToday() }

  const api = async (path: string) => {
    const response = await page.request.get(`${shop.backendUrl}${path}`)
    expect(response.status()).toBe(200)
    return response.json()
  }

  /**
   * Places one order the way the storefront does (cart, delivery, Medusa's
   * system payment provider, completion); unless it is to stay unpaid, the
   * support team captures its payment and the ledger is waited for.
   */
  const placeOrder = async (handle: string, quantity: number, { paid = true } = {}) => {
    const { api_keys } = await api("/admin/api-keys?type=publishable&limit=1")
    const headers = { "x-publishable-api-key": api_keys[0].token }
    const store = async (path: string, data?: object) => {
      const url = `${shop.backendUrl}${path}`
      const response = data
        ? await page.request.post(url, { headers, data })
        : await page.request.get(url, { headers })
      if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`)
      return response.json()
    }
    const { regions } = await store("/store/regions")
    const region = regions.find((r: any) => r.currency_code === "cny")
    const { products } = await api(
      `/admin/products?handle=${handle}&fields=id,*variants,*shipping_profile`
    )
    const address = {
      first_name: "李",
      last_name: "明",
      phone: "13800138000",
      country_code: "cn",
      province: "广东省",
      city: "广州市",
      address_1: "天河区体育西路 1 号",
      postal_code: "510620",
    }
    const { cart } = await store("/store/carts", {
      region_id: region.id,
      email: "buyer@example.cn",
      items: [{ variant_id: products[0].variants[0].id, quantity }],
      shipping_address: address,
      billing_address: address,
    })
    const { shipping_options } = await store(`/store/shipping-options?cart_id=${cart.id}`)
    const delivery = shipping_options.find(
      (o: any) =>
        o.shipping_profile_id === products[0].shipping_profile.id && !o.name.includes("自提")
    )
    await store(`/store/carts/${cart.id}/shipping-methods`, { option_id: delivery.id })
    const { payment_collection } = await store("/store/payment-collections", { cart_id: cart.id })
    await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: "pp_system_default",
    })
    const completed = await store(`/store/carts/${cart.id}/complete`, {})
    expect(completed.type).toBe("order")
    if (!paid) return completed.order
    const { order } = await api(
      `/admin/orders/${completed.order.id}?fields=*payment_collections.payments`
    )
    const capture = await page.request.post(
      `${shop.backendUrl}/admin/payments/${order.payment_collections[0].payments[0].id}/capture`,
      { data: {} }
    )
    expect(capture.status()).toBe(200)
    // The ledger is written by a subscriber, after the request has answered.
    for (let tries = 0; ; tries++) {
      const { count } = await api(`/admin/aid/entries?order_id=${completed.order.id}`)
      if (count > 0) return completed.order
      if (tries > 100) throw new Error("the order never reached the aid ledger")
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }

  const openDashboard = async () => {
    await page.goto(`${shop.backendUrl}/app/aid`)
    await page.getByTestId("aid-town-list").waitFor({ timeout: 30_000 })
  }

  beforeAll(async () => {
    shop = await startBuiltShop({ demoOrders: true })
    browser = await launchBrowser()
    const context = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    })
    page = await context.newPage()
    const { email, password } = adminCredentials()
    await adminLogin(page, shop.backendUrl, { email, password })
    // One sale in 白渡镇, so that the figures, the drill-down and the order widget are not all zero.
    await placeOrder("baidu-shrimp-paddy-rice", 2)
    // One order in 松源镇 still awaiting its payment: shown apart, in no aid figure.
    await placeOrder("songyuan-mountain-green-tea", 1, { paid: false })
  }, 600_000)

  afterEach(async ({ task }) => {
    if (task.result?.state === "fail")
      await screenshot(page, `failed-${task.name.replace(/\W+/g, "-")}`)
  })

  afterAll(async () => {
    await browser?.close()
    await shop?.stop()
  })

  it("shows every town's amount and the totals of this year, as the API reports them", async () => {
    await page.goto(`${shop.backendUrl}/app/orders`)
    await page.getByRole("link", { name: "帮扶成效" }).click()
    await page.waitForURL(/\/app\/aid/)
    await page.getByTestId("aid-town-list").waitFor({ timeout: 30_000 })
    await expectVisible(page.getByTestId("aid-dashboard"))
    expect(await page.getByTestId("aid-filter-from").inputValue()).toBe(range.from)
    expect(await page.getByTestId("aid-filter-to").inputValue()).toBe(range.to)

    const summary = await api(`/admin/aid/summary?group_by=town&from=${range.from}&to=${range.to}`)
    const { towns } = await api("/admin/towns?limit=200")
    for (const name of FIVE_TOWNS) {
      const town = towns.find((t: any) => t.name === name)
      const row = summary.rows.find((r: any) => r.key === town.id)
      const shown = page.getByTestId(`aid-town-row-${town.handle}`)
      await expectVisible(shown.getByText(name, { exact: true }))
      expect(await shown.getByTestId("aid-town-amount").innerText()).toBe(yuan(row.amount))
    }
    expect(await page.getByTestId("aid-total-amount").innerText()).toBe(yuan(summary.total.amount))
    expect(await page.getByTestId("aid-total-orders").innerText()).toBe(
      summary.total.orders.toLocaleString("zh-CN")
    )
    expect(await page.getByTestId("aid-total-quantity").innerText()).toBe(
      summary.total.quantity.toLocaleString("zh-CN")
    )
    expect(summary.total.amount).not.toBe("0.00")
    expect(summary.rows.some((r: any) => r.amount !== "0.00")).toBe(true)

    // The charts are drawn: a bar per town, a point per month so far.
    const townChart = page.getByTestId("aid-town-chart")
    await expectVisible(townChart.locator("svg"))
    const townLabels = townChart.locator(".recharts-xAxis-tick-labels")
    for (const name of FIVE_TOWNS) await expectVisible(townLabels.getByText(name, { exact: true }))
    const monthChart = page.getByTestId("aid-month-chart")
    await expectVisible(monthChart.locator("svg"))
    expect(await monthChart.locator(".recharts-line-dots circle").count()).toBe(
      Number(range.to.slice(5, 7))
    )
    await screenshot(page, "admin-aid")
  })

  it("shows the seeded year of orders: the towns' sales, unit and family buyers, reconciled to ¥0.00", async () => {
    const year = await api("/admin/aid/summary?group_by=town")
    const selling = year.rows.filter((r: any) => Number(r.amount) > 0)
    expect(selling.length).toBeGreaterThanOrEqual(4)
    expect(year.total.orders).toBeGreaterThanOrEqual(60)
    const months = await api("/admin/aid/summary?group_by=month")
    expect(months.rows.filter((r: any) => r.orders > 0).length).toBeGreaterThanOrEqual(10)
    const kinds = await api("/admin/aid/summary?group_by=buyer_kind")
    expect(kinds.rows.every((r: any) => Number(r.amount) > 0)).toBe(true)
    const { entries } = await api("/admin/aid/entries?limit=500")
    expect(entries.some((e: any) => e.kind === "refund")).toBe(true)
    expect(entries.some((e: any) => e.kind === "cancellation")).toBe(true)

    await openDashboard()
    for (const row of selling) {
      await expectVisible(page.getByTestId("aid-town-list").getByText(row.label))
    }
    const response = await page.request.post(`${shop.backendUrl}/admin/aid/reconciliation`)
    const { reconciliation } = await response.json()
    expect(reconciliation).toMatchObject({ mismatch_count: 0, difference_total: "0.00" })
    // every order is checked: the paid ones the ledger counts, the canceled ones and the one awaiting payment
    const { awaiting_payment } = await api("/admin/aid/awaiting-payment")
    expect(awaiting_payment.orders).toBe(1)
    expect(reconciliation.orders_checked).toBe(
      year.total.orders +
        (await api("/admin/orders?status[]=canceled&limit=1")).count +
        awaiting_payment.orders
    )
  })

  it("shows the order awaiting payment apart from every aid figure, with the town it will go to", async () => {
    await openDashboard()
    const { awaiting_payment } = await api("/admin/aid/awaiting-payment")
    const card = page.getByTestId("aid-awaiting-payment")
    await expectVisible(card.getByText("待付款（未计入）"))
    expect(await card.getByTestId("aid-awaiting-amount").innerText()).toBe(
      yuan(awaiting_payment.amount)
    )
    expect(await card.getByTestId("aid-awaiting-orders").innerText()).toBe("1 笔订单等待付款")
    expect(await card.getByTestId("aid-awaiting-town").allInnerTexts()).toEqual([
      `松源镇：${yuan(awaiting_payment.amount)}（1 笔）`,
    ])
    await expectVisible(page.getByText("只计已付款（确认到账）的订单", { exact: false }))
    await screenshotOf(card, "admin-aid-awaiting-payment")
  })

  it("asks for the unit buyers' figures when filtered to 单位", async () => {
    await openDashboard()
    const byUnits = page.waitForRequest(
      aidRequest(
        "/admin/aid/summary",
        (q) => q.get("group_by") === "town" && q.get("buyer_kind") === "unit"
      )
    )
    await chooseOption(page, "aid-buyer-kind", "单位")
    await byUnits
    expect(new URL(page.url()).searchParams.get("buyer_kind")).toBe("unit")
    const units = await api(
      `/admin/aid/summary?group_by=town&from=${range.from}&to=${range.to}&buyer_kind=unit`
    )
    await expectVisible(
      page.getByTestId("aid-total-amount").getByText(yuan(units.total.amount), { exact: true })
    )

    await chooseOption(page, "aid-buyer-kind", "全部")
    expect(new URL(page.url()).searchParams.has("buyer_kind")).toBe(false)
    const everyone = await api(`/admin/aid/summary?group_by=town&from=${range.from}&to=${range.to}`)
    await expectVisible(
      page.getByTestId("aid-total-amount").getByText(yuan(everyone.total.amount), { exact: true })
    )
  })

  it("refuses a range that ends before it starts", async () => {
    await openDashboard()
    // the filters live in the page's address: let each change land before the next
    const from = `${range.from.slice(0, 4)}-12-31`
    const to = `${range.from.slice(0, 4)}-01-02`
    await page.getByTestId("aid-filter-from").fill(from)
    await expect.poll(() => page.getByTestId("aid-filter-from").inputValue()).toBe(from)
    await page.getByTestId("aid-filter-to").fill(to)
    await expect.poll(() => page.getByTestId("aid-filter-to").inputValue()).toBe(to)
    await expectVisible(page.getByTestId("aid-filter-error").getByText("开始日期不能晚于结束日期"))
    await page.getByTestId("aid-filter-reset").click()
    await expect.poll(() => page.getByTestId("aid-filter-from").inputValue()).toBe(range.from)
    await page.getByTestId("aid-filter-error").waitFor({ state: "detached", timeout: 5_000 })
  })

  it("drills down from a town to its partners, and from a partner to its entries", async () => {
    await openDashboard()
    const { towns } = await api("/admin/towns?limit=200")
    const baidu = towns.find((t: any) => t.handle === "baidu")
    const partnersOfBaidu = page.waitForRequest(
      aidRequest(
        "/admin/aid/summary",
        (q) => q.get("group_by") === "partner" && q.get("town") === baidu.id
      )
    )
    await page.getByTestId("aid-town-row-baidu").click()
    await partnersOfBaidu
    await expectVisible(page.getByTestId("aid-partners").getByText("白渡镇的合作主体"))

    const expected = await api(
      `/admin/aid/summary?group_by=partner&town=baidu&from=${range.from}&to=${range.to}`
    )
    expect(expected.rows.length).toBe(3)
    const table = page.getByTestId("aid-partner-table")
    for (const row of expected.rows) {
      const shown = table.getByTestId(`aid-partner-row-${row.key}`)
      await expectVisible(shown.getByText(row.label, { exact: true }))
      expect(await shown.getByTestId("aid-partner-amount").innerText()).toBe(yuan(row.amount))
    }
    expect(await table.locator("tbody tr").count()).toBe(3)
    expect(await table.innerText()).not.toContain("梅州市东溪农业科技有限公司")

    const sort = page.getByTestId("aid-partner-sort-amount")
    expect(await sort.getAttribute("aria-sort")).toBe("descending")
    await sort.click()
    expect(await sort.getAttribute("aria-sort")).toBe("ascending")
    await screenshotOf(page.getByTestId("aid-partners"), "admin-aid-partners")

    const partner = expected.rows[0]
    const entriesRequest = page.waitForRequest(
      aidRequest("/admin/aid/entries", (q) => q.get("partner") === partner.key)
    )
    await table.getByTestId(`aid-partner-row-${partner.key}`).click()
    await entriesRequest
    const panel = page.getByTestId("aid-entries")
    await expectVisible(panel.getByText(`${partner.label} · 帮扶明细`))

    const entries = await api(
      `/admin/aid/entries?partner=${partner.key}&from=${range.from}&to=${range.to}&limit=20`
    )
    expect(entries.count).toBeGreaterThan(0)
    const rows = panel.getByTestId("aid-entry-row")
    await expectVisible(rows)
    expect(await rows.count()).toBe(entries.entries.length)
    const first = entries.entries[0]
    const link = rows.first().getByTestId("aid-entry-order-link")
    expect(await link.getAttribute("href")).toContain(`/orders/${first.order_id}`)

    // The order page credits the order to its towns and partners.
    await link.click()
    await page.waitForURL(new RegExp(`/app/orders/${first.order_id}`))
    const widget = page.getByTestId("order-aid-widget")
    await expectVisible(widget.getByText(first.town_name, { exact: true }), 30_000)
    await expectVisible(widget.getByText(first.partner_name, { exact: true }))
    const ofOrder = await api(`/admin/aid/entries?order_id=${first.order_id}&limit=200`)
    expect(await widget.getByTestId("order-aid-entry").count()).toBe(ofOrder.entries.length)
    await screenshotOf(widget, "admin-order-aid")
  })

  it("sets a town's target for the year, refusing a malformed amount first", async () => {
    await openDashboard()
    const { towns } = await api("/admin/towns?limit=200")
    const bingcun = towns.find((t: any) => t.handle === "bingcun")
    const year = Number(range.to.slice(0, 4))

    await page.getByTestId("aid-targets-edit").click()
    const input = page.getByTestId("aid-target-bingcun")
    await input.fill("12万")
    await page.getByTestId("aid-targets-save").click()
    await expectVisible(
      page.getByText("请输入不小于 0 的金额，最多两位小数，如 500000 或 123456.78")
    )
    const before = await api(`/admin/aid/targets?year=${year}`)
    expect(before.targets.find((t: any) => t.town_id === bingcun.id)).toBeUndefined()

    await input.fill("500,000")
    await page.getByTestId("aid-targets-save").click()
    const row = page.getByTestId("aid-town-row-bingcun")
    await expectVisible(row.getByText("目标 ¥500,000.00"))
    const after = await api(`/admin/aid/targets?year=${year}`)
    expect(after.targets).toContainEqual({ town_id: bingcun.id, amount: "500000.00" })
    const summary = await api(`/admin/aid/summary?group_by=town&from=${range.from}&to=${range.to}`)
    const progress = summary.rows.find((r: any) => r.key === bingcun.id).progress
    expect(await row.getByTestId("aid-town-progress").innerText()).toBe(
      `完成率 ${(Math.round(progress * 1000) / 10).toFixed(1)}%`
    )
    await expectVisible(page.getByTestId("aid-town-row-songyuan").getByText("未设目标"))
  })

  it("exports the summary and the entries as CSV files Excel opens in Chinese", async () => {
    await openDashboard()
    const [summaryFile] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("aid-export-summary-csv").click(),
    ])
    expect(summaryFile.suggestedFilename()).toMatch(/^帮扶成效-镇-.*\.csv$/)
    const summary = fs.readFileSync((await summaryFile.path())!)
    expect([...summary.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = summary.toString("utf8")
    for (const name of FIVE_TOWNS) expect(text).toContain(name)
    expect(text).toContain("合计")

    const [entriesFile] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("aid-export-entries-xlsx").click(),
    ])
    expect(entriesFile.suggestedFilename()).toMatch(/\.xlsx$/)
    const workbook = fs.readFileSync((await entriesFile.path())!)
    // An XLSX file is a ZIP archive.
    expect(workbook.subarray(0, 2).toString("latin1")).toBe("PK")
  })

  it("reconciles the ledger with the orders on demand", async () => {
    await openDashboard()
    const panel = page.getByTestId("aid-reconciliation")
    await panel.scrollIntoViewIfNeeded()
    const [response] = await Promise.all([
      page.waitForResponse(
        (r) =>
          r.request().method() === "POST" &&
          new URL(r.url()).pathname === "/admin/aid/reconciliation"
      ),
      page.getByTestId("aid-reconcile").click(),
    ])
    expect(response.status()).toBe(200)
    const { reconciliation } = await response.json()
    expect(reconciliation.trigger).toBe("admin")
    await expectVisible(panel.getByTestId("aid-reconciliation-trigger").getByText("手动"))
    expect(await panel.getByTestId("aid-reconciliation-orders").innerText()).toBe(
      String(reconciliation.orders_checked)
    )
    expect(await panel.getByTestId("aid-reconciliation-difference").innerText()).toBe(
      yuan(reconciliation.difference_total)
    )
    await expectVisible(
      panel
        .getByTestId("aid-reconciliation-status")
        .getByText(
          reconciliation.mismatch_count
            ? `${reconciliation.mismatch_count} 个订单不一致`
            : "台账与订单一致"
        )
    )
    await screenshotOf(panel, "admin-aid-reconciliation")
  })

  it("fits a phone screen", async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    try {
      await openDashboard()
      await expectVisible(page.getByTestId("aid-town-chart").locator("svg"))
      const overflow = await page
        .getByTestId("aid-dashboard")
        .evaluate((element) => element.scrollWidth - element.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      await screenshot(page, "admin-aid-mobile")
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 })
    }
  })
})
