/**
 * A quote (询价) of a bulk-order file, on a phone (issue 13): the unit's
 * 采购员 uploads a file of three recipients' rice, previews it over the quote
 * threshold and, beside 提交订单, asks for a quote with a message; the quote
 * page reads 待报价 with 3 个收件人; the support team lowers the price and
 * sends it (admin API); the 采购员 accepts: the bulk order is created at the
 * quoted price (its amount the quote's total, one order per recipient) and
 * its page has the 对公转账 details and the 付款通知书.
 */
import type { Page } from "playwright-core"
import { fenToYuan, formatYuan, parseFen } from "../../../backend/src/shared/money"
import { usccCheckCharacter } from "../../../backend/src/shared/uscc"
import { expectVisible, screenshot, useBrowser } from "../../fixtures/browser"
import { bulkRow, bulkXlsx } from "../../fixtures/bulk-orders"
import { registerBuyer } from "../../fixtures/checkout"
import { useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin } from "../../fixtures/shop-api"
import { MOBILE } from "../../fixtures/storefront"

const FIRST17 = "81441403MC0000077"
const CREDIT_CODE = FIRST17 + usccCheckCharacter(FIRST17)
const UNIT_NAME = "梅县区批量询价测试工会"
const RICE_SKU = "SJ-RICE-SIMIAO-10J"
const BAGS_EACH = 20

describe("a bulk-order file's quote: 申请询价 from the preview, priced, accepted into a bulk order", () => {
  const shop = useShop()
  const session = useBrowser(MOBILE, { failurePrefix: "failed-bulk-quote-" })
  let page: Page
  let admin: (path: string, body?: unknown) => Promise<any>
  const clerk = { email: `bulk-quote-${process.pid}@example.cn`, password: "meixian-bq-2026" }
  let quoteId: string
  let total: string

  const url = (p: string) => `${shop.storefrontUrl}${p}`

  beforeAll(async () => {
    page = session.page
    admin = adminCall(shop.backendUrl, await signInAdmin(shop.backendUrl))
    // enough rice for three recipients
    const { inventory_items } = await admin(
      `/admin/inventory-items?sku=${RICE_SKU}&fields=id,*location_levels`
    )
    const level = inventory_items[0].location_levels[0]
    await admin(
      `/admin/inventory-items/${inventory_items[0].id}/location-levels/${level.location_id}`,
      { stocked_quantity: level.reserved_quantity + 5000 }
    )
    await registerBuyer(shop, { ...clerk, first_name: "张敏" })
    const { unit } = await admin("/admin/units", {
      name: UNIT_NAME,
      kind: "trade_union",
      credit_code: CREDIT_CODE,
      headcount: 80,
    })
    await admin(`/admin/units/${unit.id}/verify`, {})
    await admin(`/admin/units/${unit.id}/members`, { email: clerk.email, role: "buyer" })
  }, 600_000)

  it("the 采购员 previews the file and asks for a quote beside 提交订单", async () => {
    await page.goto(url(`/account?next=${encodeURIComponent("/unit/bulk")}`))
    const login = page.getByTestId("login-form")
    await login.getByLabel("电子邮箱").fill(clerk.email)
    await login.getByLabel("密码").fill(clerk.password)
    await login.getByRole("button", { name: "登录" }).click()
    await page.waitForURL(url("/unit/bulk"))

    await page.getByLabel("采购单号（选填）").fill("GH-2026-66")
    await page.getByTestId("bulk-file").setInputFiles({
      name: "元旦慰问.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await bulkXlsx([1, 2, 3].map((i) => bulkRow(i, RICE_SKU, BAGS_EACH))),
    })
    await page.getByTestId("bulk-preview").click()
    await expectVisible(page.getByTestId("bulk-valid"))
    // over the threshold: 提交订单 stays, 申请询价 is offered beside it
    expect(await page.getByTestId("bulk-submit").isDisabled()).toBe(false)
    const box = page.getByTestId("bulk-quote")
    await expectVisible(box)
    await box.getByLabel("询价说明（选填，如交货时间、开票要求）").fill("元旦前送到三位职工家")
    await screenshot(page, "bulk-quote-offered-390")
    await box.getByTestId("bulk-quote-submit").click()

    await page.waitForURL(/\/unit\/quotes\/[^/]+$/, { timeout: 60_000 })
    quoteId = page.url().split("/").pop()!
    const detail = page.getByTestId("quote-detail")
    expect(await detail.getByTestId("quote-status").innerText()).toBe("待报价")
    expect(await detail.getByTestId("quote-message").innerText()).toBe("元旦前送到三位职工家")
    expect(await detail.getByTestId("quote-recipients").innerText()).toBe("3 个收件人")
    expect(await page.getByTestId("quote-line").count()).toBe(1)
    await screenshot(page, "bulk-quote-requested-390")
  })

  it("the support team lowers the price and sends it; accepting creates the bulk order", async () => {
    const { quote: asked } = await admin(`/admin/quotes/${quoteId}`)
    expect(asked).toMatchObject({ source: "bulk_order", unit_name: UNIT_NAME })
    expect(asked.bulk).toMatchObject({ recipients: 3, po_number: "GH-2026-66" })
    const [line] = asked.lines
    expect(line.quantity).toBe(3 * BAGS_EACH)
    const quotedFen = parseFen(line.list_price)! - BigInt(200)
    await admin(`/admin/quotes/${quoteId}`, {
      lines: [{ id: line.id, quoted_price: fenToYuan(quotedFen) }],
      shipping: "90.00",
      valid_until: new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString(),
      terms: "元旦前送达，款到发货",
    })
    const { quote: sent } = await admin(`/admin/quotes/${quoteId}/send`, {})
    total = fenToYuan(quotedFen * BigInt(3 * BAGS_EACH) + BigInt(9000))
    expect(sent.total).toBe(total)

    await page.goto(url(`/unit/quotes/${quoteId}`))
    expect(await page.getByTestId("quote-detail").getByTestId("quote-status").innerText()).toBe(
      "已报价"
    )
    expect(await page.getByTestId("quote-total").innerText()).toBe(formatYuan(total))
    await page.getByTestId("quote-accept").click()
    const placed = page.getByTestId("quote-bulk-placed")
    await expectVisible(placed, 60_000)
    await screenshot(page, "bulk-quote-accepted-390")
    await placed.getByTestId("quote-bulk-order-link").click()
    await page.waitForURL(/\/unit\/bulk-orders\/[^/]+$/)
    expect(await page.getByTestId("bulk-order-amount").innerText()).toBe(formatYuan(total))
    expect(await page.getByTestId("bulk-order-status").innerText()).toBe("待付款")
    expect(await page.getByTestId("bulk-order-po").innerText()).toContain("GH-2026-66")
    await expectVisible(page.getByTestId("bulk-payee-account"))
    await expectVisible(page.getByTestId("bulk-payment-notice"))
    await screenshot(page, "bulk-quote-bulk-order-390")

    // accepted once: the unit has that one bulk order
    await page.goto(url("/unit/bulk-orders"))
    expect(await page.getByTestId("bulk-order-row").count()).toBe(1)
  })
})
