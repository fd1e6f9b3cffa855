/**
 * The support team's aid dashboard: the drill-down from a town to its partners
 * and their entries, the towns' yearly targets, the exports, and the
 * reconciliation on demand.
 */
import type { Page } from "playwright-core"
import fs from "node:fs"
import { aidRequest, FIVE_TOWNS, useAidDashboard, yuan } from "../../fixtures/aid-dashboard"
import { downloadedFile, expectVisible, screenshotOf } from "../../fixtures/browser"

describe("the support team's aid dashboard", () => {
  const { session, range, api, openDashboard } = useAidDashboard()
  let page: Page

  beforeAll(() => {
    page = session.page
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
    const summary = fs.readFileSync(await downloadedFile(summaryFile))
    expect([...summary.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = summary.toString("utf8")
    for (const name of FIVE_TOWNS) expect(text).toContain(name)
    expect(text).toContain("合计")

    const [entriesFile] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("aid-export-entries-xlsx").click(),
    ])
    expect(entriesFile.suggestedFilename()).toMatch(/\.xlsx$/)
    const workbook = fs.readFileSync(await downloadedFile(entriesFile))
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
})
