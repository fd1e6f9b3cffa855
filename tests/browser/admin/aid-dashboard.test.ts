/**
 * The support team's aid dashboard: every town's figures of the year as the
 * API reports them, the demo year, the order awaiting payment, the buyer-kind
 * filter, the units' table, a refused date range, and a phone screen.
 */
import type { Page } from "playwright-core"
import { aidRequest, FIVE_TOWNS, useAidDashboard, yuan } from "../../fixtures/aid-dashboard"
import { chooseOption, expectVisible, screenshot, screenshotOf } from "../../fixtures/browser"

describe("the support team's aid dashboard", () => {
  const { shop, session, range, api, openDashboard } = useAidDashboard()
  let page: Page

  beforeAll(() => {
    page = session.page
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
    // the card loads its own figure after the page: wait for it rather than read its placeholder
    await expect
      .poll(() => card.getByTestId("aid-awaiting-amount").innerText(), { timeout: 15_000 })
      .toBe(yuan(awaiting_payment.amount))
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

  it("lists the units' purchases of the range by amount, as the API reports them, each linked to its unit", async () => {
    await openDashboard()
    const summary = await api(`/admin/aid/summary?group_by=unit&from=${range.from}&to=${range.to}`)
    const units = summary.rows.filter((r: any) => r.key !== "consumer")
    const buying = units.filter((r: any) => r.amount !== "0.00")
    expect(buying.length).toBeGreaterThan(0)
    const table = page.getByTestId("aid-unit-table")
    await expectVisible(table)
    // every unit, most bought first, none of the consumers' row
    const shownRows = table.locator('[data-testid^="aid-unit-row-"]')
    await expect.poll(() => shownRows.count()).toBe(units.length)
    const shownAmounts = await shownRows.getByTestId("aid-unit-amount").allInnerTexts()
    expect(shownAmounts.slice(0, buying.length)).toEqual(
      [...buying]
        .sort((a: any, b: any) => Number(b.amount) - Number(a.amount))
        .map((r: any) => yuan(r.amount))
    )
    expect(await table.getByTestId("aid-unit-row-consumer").count()).toBe(0)
    // the first row against the API: name, amount, orders, quantity, its share of all units'
    const [top] = [...buying].sort((a: any, b: any) => Number(b.amount) - Number(a.amount))
    const row = table.getByTestId(`aid-unit-row-${top.key}`)
    expect(await row.getByTestId("aid-unit-link").innerText()).toBe(top.label)
    expect(await row.getByTestId("aid-unit-amount").innerText()).toBe(yuan(top.amount))
    expect(await row.getByTestId("aid-unit-orders").innerText()).toBe(String(top.orders))
    expect(await row.getByTestId("aid-unit-quantity").innerText()).toBe(String(top.quantity))
    const fen = (a: string) => Math.round(Number(a) * 100)
    const all = units.reduce((sum: number, r: any) => sum + fen(r.amount), 0)
    const share = (Math.round((fen(top.amount) * 1000) / all) / 10).toFixed(1)
    expect(await row.getByTestId("aid-unit-share").innerText()).toBe(`${share}%`)
    await screenshotOf(page.getByTestId("aid-units"), "admin-aid-units")

    // 个人 hides the table; 单位 shows it again
    await chooseOption(page, "aid-buyer-kind", "个人")
    await page.getByTestId("aid-units").waitFor({ state: "detached", timeout: 10_000 })
    await chooseOption(page, "aid-buyer-kind", "单位")
    await expectVisible(row)
    // the unit's name opens its 单位客户 page
    await row.getByTestId("aid-unit-link").click()
    await page.waitForURL(new RegExp(`/app/units/${top.key}`))
    await expectVisible(page.getByTestId("unit-detail-name").getByText(top.label))
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
