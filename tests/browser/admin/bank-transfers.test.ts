import type { Page } from "playwright-core"
import { adminCredentials } from "../../../backend/src/scripts/seed/admin-credentials"
import {
  adminLogin,
  expectVisible,
  screenshot,
  screenshotOf,
  useBrowser,
} from "../../fixtures/browser"
import { adminApi } from "../../fixtures/browser-orders"
import { useShop } from "../../fixtures/shop"
import { placeTransferOrderOn } from "../../fixtures/transfer-order"

/** The dashboard's money format: "¥1,234.50". */
const yuanText = (fen: number) =>
  `¥${Math.floor(fen / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${String(fen % 100).padStart(2, "0")}`
const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`

/**
 * The support team works a 对公转账 order in the admin: finds it by the
 * reference on the transfer's 附言 in Medusa's order list, sees where it
 * stands on the order page, records the money as it arrives (部分到账, then
 * 已到账: the order is paid) and finds it on the 对公转账 page.
 */
describe("the support team confirms a bank transfer in the admin", () => {
  const shop = useShop()
  const session = useBrowser({
    locale: "zh-CN",
    viewport: { width: 1280, height: 900 },
  })
  let page: Page
  let order: { id: string; display_id: number; total: number }
  let reference: string

  // the signed-in page's session, as the page is once the test has opened it
  const api = (path: string) => adminApi(page, shop.backendUrl)(path)

  const widget = () => page.getByTestId("order-bank-transfer")

  const recordReceipt = async (amount: string | null, payer: string) => {
    await widget().getByTestId("bank-transfer-confirm").click()
    const form = page.getByTestId("bank-transfer-receipt-form")
    await expectVisible(form)
    if (amount !== null) await form.getByTestId("receipt-amount").fill(amount)
    await form.getByTestId("receipt-payer").fill(payer)
    await form.getByTestId("receipt-note").fill("工行网银转账，附言已核对")
    await screenshotOf(form, `admin-bank-transfer-receipt-${amount === null ? "rest" : "partial"}`)
    await form.getByTestId("receipt-submit").click()
    await form.waitFor({ state: "hidden", timeout: 30_000 })
  }

  beforeAll(async () => {
    page = session.page
    const { email, password } = adminCredentials()
    await adminLogin(page, shop.backendUrl, { email, password })
    const placed = await placeTransferOrderOn(page, shop.backendUrl)
    order = { id: placed.id, display_id: placed.display_id, total: placed.total }
    reference = placed.reference
  }, 600_000)

  it("lists the order on the 对公转账 page among the transfers awaited, found by its reference", async () => {
    await page.goto(`${shop.backendUrl}/app/orders`)
    await page.getByRole("link", { name: "对公转账" }).click()
    await page.waitForURL(/\/app\/bank-transfers/)
    const table = page.getByTestId("bank-transfers-table")
    await expectVisible(table.locator(`[data-reference="${reference}"]`))
    await page.getByTestId("bank-transfers-search").fill(reference.slice(-6).toLowerCase())
    await page.waitForURL((url) => url.searchParams.get("q") === reference.slice(-6).toLowerCase())
    const row = table.getByTestId("bank-transfers-row")
    await expectVisible(row.filter({ hasText: reference }))
    expect(await row.count()).toBe(1)
    const text = await row.first().innerText()
    for (const shown of [
      `#${order.display_id}`,
      "广州市天河区机关工会",
      "13800138000",
      yuanText(Math.round(order.total * 100)),
      "待到账",
    ]) {
      expect(text).toContain(shown)
    }
    await screenshot(page, "admin-bank-transfers")
  })

  it("finds the order by its reference in the order list and sees 待到账 with the reference on the order page", async () => {
    await page.goto(`${shop.backendUrl}/app/orders`)
    const search = page.locator('input[name="q"]')
    await search.waitFor({ timeout: 30_000 })
    // as read off a bank statement: lower case, in groups
    const typed = reference
      .toLowerCase()
      .replace(/(.{4})/g, "$1 ")
      .trim()
    await search.fill(typed)
    // The list applies a search once typing pauses, by putting it in the URL. Until
    // then it shows every order, and that navigation would take the page back from
    // an order opened in the meantime.
    await page.waitForURL((url) => url.searchParams.get("q") === typed)
    const rows = page.locator("table tbody tr")
    await expectVisible(rows.filter({ hasText: `#${order.display_id}` }), 30_000)
    expect(await rows.count()).toBe(1)
    await screenshot(page, "admin-orders-search-reference")
    await rows.first().click()
    await page.waitForURL(new RegExp(`/app/orders/${order.id}`))

    await expectVisible(widget())
    expect(await widget().getByTestId("bank-transfer-reference").innerText()).toBe(reference)
    expect(await widget().getByTestId("bank-transfer-state").innerText()).toBe("待到账")
    expect(await widget().getByTestId("bank-transfer-deadline").innerText()).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/
    )
    // Medusa's own payment section: the provider by name, the status in the shop's words
    await expectVisible(
      page.locator("[data-provider-label]").getByText("对公转账", { exact: true })
    )
    expect(await page.getByText(/pp_bank-transfer/i).count()).toBe(0)
    expect(await page.getByText("已授权", { exact: true }).count()).toBe(0)
    // the widget's badge and Medusa's own
    await expect
      .poll(() => page.getByText("待到账", { exact: true }).count(), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(2)
    await screenshot(page, "admin-order-bank-transfer")
  })

  it("records a partial receipt (部分到账), then the rest: 已到账 and the order is paid", async () => {
    const due = Math.round(order.total * 100)
    const part = Math.floor(due / 2)
    await recordReceipt(yuan(part), "广州市天河区机关工会")
    await expectVisible(widget().getByTestId("bank-transfer-state").getByText("部分到账"))
    expect(await widget().getByTestId("bank-transfer-received").innerText()).toBe(yuanText(part))
    expect(await widget().getByTestId("bank-transfer-outstanding").innerText()).toBe(
      yuanText(due - part)
    )
    expect(await widget().getByTestId("bank-transfer-receipt").count()).toBe(1)
    const partial = await api(`/admin/orders/${order.id}?fields=payment_status`)
    expect(partial.order.payment_status).toBe("authorized")
    await screenshotOf(widget(), "admin-order-bank-transfer-partial")

    // the form offers what is still due
    await recordReceipt(null, "广州市天河区机关工会")
    await expectVisible(widget().getByTestId("bank-transfer-state").getByText("已到账"))
    expect(await widget().getByTestId("bank-transfer-received").innerText()).toBe(yuanText(due))
    expect(await widget().getByTestId("bank-transfer-receipt").count()).toBe(2)
    expect(await widget().getByTestId("bank-transfer-confirm").count()).toBe(0)
    const paid = await api(`/admin/orders/${order.id}?fields=payment_status`)
    expect(paid.order.payment_status).toBe("captured")
    // Medusa's payment status reads 已到账 (beside the widget's badge) once the page shows the capture
    await expect
      .poll(() => page.getByText("已到账", { exact: true }).count(), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(2)
    await screenshot(page, "admin-order-bank-transfer-paid")

    await page.goto(`${shop.backendUrl}/app/bank-transfers?state=received`)
    const row = page.getByTestId("bank-transfers-table").locator(`[data-reference="${reference}"]`)
    await expectVisible(row)
    expect(await row.getByTestId("bank-transfer-state").innerText()).toBe("已到账")
    await page.getByTestId("bank-transfers-filter-awaiting_transfer").click()
    await expectVisible(page.getByTestId("bank-transfers-table"))
    await page.waitForURL((url) => !url.searchParams.has("state"))
    await expect
      .poll(() =>
        page.getByTestId("bank-transfers-table").locator(`[data-reference="${reference}"]`).count()
      )
      .toBe(0)
  })
})
