/**
 * A union clerk's morning on a phone (issue 12): a verified union's 采购员
 * signs in, downloads the 批量下单 template, uploads a file with two mistakes
 * (a bad mobile, an unknown SKU) and reads both errors, downloads the file
 * with its 错误 column, uploads the fixed file, previews the totals, submits
 * and downloads the 付款通知书 (a PDF with the amount in capitals and the
 * reference); the support team imports a bank statement that pays it
 * (/app/remittances 导入流水), the unit area shows 已付款, and the farm sees
 * its lines to ship with the recipients on 我的农场.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import ExcelJS from "exceljs"
import type { Browser, Page } from "playwright-core"
import { yuanInCapitals } from "../../../backend/src/shared/money"
import { usccCheckCharacter } from "../../../backend/src/shared/uscc"
import { adminCredentials } from "../../../backend/src/scripts/seed/admin-credentials"
import {
  adminLogin,
  downloadedFile,
  expectVisible,
  screenshot,
  screenshotOf,
  useBrowser,
} from "../../fixtures/browser"
import { BULK_HEADERS, type BulkCells } from "../../fixtures/bulk-orders"
import { registerBuyer } from "../../fixtures/checkout"
import { farmLogin, PHONE, TOMATO } from "../../fixtures/farm-browser"
import { pdfPages } from "../../fixtures/pdf-text"
import { chinaToday, statementCsv } from "../../fixtures/remittances"
import { useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin, storeGet } from "../../fixtures/shop-api"
import { MOBILE } from "../../fixtures/storefront"

const FIRST17 = "81441403MC0000012"
const CREDIT_CODE = FIRST17 + usccCheckCharacter(FIRST17)
const UNIT_NAME = "梅州市梅县区教育局工会委员会"

/** A recipient's row of the template in 梅县区. */
const row = (recipient: string, mobile: string, sku: string, quantity: number): BulkCells => [
  recipient,
  mobile,
  "广东省",
  "梅州市",
  "梅县区",
  `新城办事处华侨城一路 ${recipient.length + quantity} 号`,
  sku,
  quantity,
  "",
]

async function xlsx(rows: BulkCells[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("订单明细")
  sheet.addRow(BULK_HEADERS)
  for (const cells of rows) sheet.addRow(cells)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** The cells of a sheet's rows as text (row 1 the header). */
async function sheetRows(file: string, name?: string) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  const sheet = name ? workbook.getWorksheet(name) : workbook.worksheets[0]
  const rows: string[][] = []
  sheet!.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ""))))
  return { names: workbook.worksheets.map((s) => s.name), rows }
}

describe("a union clerk's morning: bulk order from a spreadsheet, paid by one transfer", () => {
  const shop = useShop()
  const session = useBrowser(MOBILE, { failurePrefix: "failed-union-clerk-" })
  let browser: Browser
  let page: Page
  const clerk = { email: `union-buyer-${process.pid}@example.cn`, password: "meixian-union-2026" }
  let sku: string
  let bulkOrder: { id: string; reference: string; amount: string }

  const url = (p: string) => `${shop.storefrontUrl}${p}`
  const preview = async (file: Buffer, name: string) => {
    await page.getByTestId("bulk-file").setInputFiles({
      name,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: file,
    })
    await page.getByTestId("bulk-preview").click()
  }

  beforeAll(async () => {
    ;({ browser, page } = session)
    // a verified union with this 采购员, through the admin API
    await registerBuyer(shop, { ...clerk, first_name: "陈丽" })
    const admin = adminCall(shop.backendUrl, await signInAdmin(shop.backendUrl))
    const { unit } = await admin("/admin/units", {
      name: UNIT_NAME,
      kind: "trade_union",
      credit_code: CREDIT_CODE,
      headcount: 860,
    })
    await admin(`/admin/units/${unit.id}/verify`, {})
    await admin(`/admin/units/${unit.id}/members`, { email: clerk.email, role: "buyer" })
    const { products } = await storeGet(shop)(
      `/store/products?handle=${TOMATO}&fields=id,*variants`
    )
    sku = products[0].variants[0].sku
  }, 600_000)

  it("signs in, downloads the template, reads the two mistakes of a file and its error file", async () => {
    await page.goto(url("/unit/bulk"))
    await page.waitForURL(/\/account\?next=/)
    const login = page.getByTestId("login-form")
    await login.getByLabel("电子邮箱").fill(clerk.email)
    await login.getByLabel("密码").fill(clerk.password)
    await login.getByRole("button", { name: "登录" }).click()
    await page.waitForURL(url("/unit/bulk"))

    const template = page.waitForEvent("download")
    await page.getByTestId("bulk-template").click()
    const templateFile = await downloadedFile(template)
    expect((await template).suggestedFilename()).toBe("批量下单模板.xlsx")
    const sheets = await sheetRows(templateFile, "订单明细")
    expect(sheets.names).toEqual(expect.arrayContaining(["订单明细", "填写说明", "商品清单"]))
    expect(sheets.rows[0]).toEqual(BULK_HEADERS)
    expect(JSON.stringify((await sheetRows(templateFile, "商品清单")).rows)).toContain(sku)

    // two mistakes: a mobile of ten digits (row 3) and a SKU nobody sells (row 4)
    await preview(
      await xlsx([
        row("张敏", "13926001234", sku, 2),
        row("刘洋", "1392600123", sku, 3),
        row("黄静", "13926001236", "MX-NO-SUCH-SKU", 1),
      ]),
      "工会福利-初稿.xlsx"
    )
    const errors = page.getByTestId("bulk-error")
    await expectVisible(page.getByTestId("bulk-errors"))
    expect(await errors.count()).toBe(2)
    expect(await errors.nth(0).getAttribute("data-row")).toBe("3")
    expect(await errors.nth(0).innerText()).toContain("手机号")
    expect(await errors.nth(1).getAttribute("data-row")).toBe("4")
    expect(await errors.nth(1).innerText()).toContain("商品编码")
    expect(await page.getByTestId("bulk-errors-heading").innerText()).toContain("2 处错误")
    expect(await page.getByTestId("bulk-submit").isDisabled()).toBe(true)
    await screenshot(page, "union-clerk-errors-390")

    const errorFile = page.waitForEvent("download")
    await page.getByTestId("bulk-error-file").click()
    const marked = await sheetRows(await downloadedFile(errorFile))
    const errorColumn = marked.rows[0].indexOf("错误")
    expect(errorColumn).toBeGreaterThan(0)
    expect(marked.rows[1][errorColumn] ?? "").toBe("")
    expect(marked.rows[2][errorColumn]).toContain("手机号")
    expect(marked.rows[3][errorColumn]).toContain("MX-NO-SUCH-SKU")
  })

  it("uploads the fixed file, previews the totals, submits once and downloads the 付款通知书", async () => {
    await page.getByLabel("采购单号（选填）").fill("JYJGH-2026-12")
    await preview(
      await xlsx([row("张敏", "13926001234", sku, 2), row("刘洋", "13926001235", sku, 3)]),
      "工会福利-定稿.xlsx"
    )
    await expectVisible(page.getByTestId("bulk-valid"))
    expect(await page.getByTestId("bulk-errors").count()).toBe(0)
    expect(await page.getByTestId("bulk-parcels").innerText()).toBe("2")
    const product = page.locator(`[data-testid="bulk-product"][data-sku="${sku}"]`)
    expect(await product.innerText()).toContain("5")
    const total = await page.getByTestId("bulk-total").innerText()
    expect(total).toMatch(/^¥[\d,]+\.\d{2}$/)
    await screenshot(page, "union-clerk-preview-390")

    const submit = page.getByTestId("bulk-submit")
    expect(await submit.isEnabled()).toBe(true)
    await submit.click()
    await page.waitForURL(/\/unit\/bulk-orders\/[^/]+$/, { timeout: 60_000 })
    expect(await page.getByTestId("bulk-order-status").first().innerText()).toBe("待付款")
    const reference = (await page.getByTestId("bulk-order-reference").innerText()).trim()
    expect(reference).toMatch(/^MB\d{8}[2-9A-Z]{6}$/)
    expect(await page.getByTestId("bulk-order-amount").innerText()).toBe(total)
    const amount = total.replace(/[¥,]/g, "")
    expect(await page.getByTestId("bulk-order-capitals").innerText()).toBe(yuanInCapitals(amount))
    expect(await page.getByTestId("bulk-order-po").innerText()).toBe("JYJGH-2026-12")
    expect(await page.getByTestId("bulk-parcel").count()).toBe(2)
    const parcels = await page.getByTestId("bulk-parcels").innerText()
    expect(parcels).toContain("张敏")
    expect(parcels).toContain("139****1234")
    expect(parcels).not.toContain("13926001234")
    expect(await page.getByTestId("bulk-parcel-shipment").first().innerText()).toBe("待发货")
    await screenshot(page, "union-clerk-bulk-order-390")
    bulkOrder = { id: page.url().split("/").pop()!, reference, amount }

    const notice = page.waitForEvent("download")
    await page.getByTestId("bulk-payment-notice").click()
    const pdf = fs.readFileSync(await downloadedFile(notice))
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    const text = (await pdfPages(pdf)).join("")
    expect(text).toContain(reference)
    expect(text).toContain(yuanInCapitals(amount))
    expect(text).toContain(UNIT_NAME)
  })

  it("the support team imports the bank statement that pays it; the unit area shows 已付款 and the farm its lines", async () => {
    const support = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 1280, height: 900 },
    })
    const desk = await support.newPage()
    await adminLogin(desk, shop.backendUrl, adminCredentials())
    const file = path.join(os.tmpdir(), `union-statement-${process.pid}.csv`)
    fs.writeFileSync(
      file,
      statementCsv([
        [
          chinaToday(),
          UNIT_NAME,
          "44050101040012345",
          "",
          bulkOrder.amount,
          `工会福利货款 ${bulkOrder.reference}`,
          "UNION-0001",
        ],
      ])
    )
    await desk.goto(`${shop.backendUrl}/app/remittances`)
    await desk.getByTestId("remittance-import").click()
    await desk.getByTestId("remittance-import-file").setInputFiles(file)
    await desk.getByTestId("remittance-import-submit").click()
    const results = desk.getByTestId("remittance-import-results")
    await expectVisible(results, 60_000)
    expect(await results.getByTestId("remittance-import-summary").innerText()).toContain("录入 1")
    await screenshotOf(results, "union-clerk-statement-import")
    fs.rmSync(file, { force: true })
    await support.close()

    await expect
      .poll(
        async () => {
          await page.reload()
          return page.getByTestId("bulk-order-status").first().innerText()
        },
        { timeout: 30_000, interval: 1_000 }
      )
      .toBe("已付款")
    expect(await page.getByTestId("bulk-payment-notice").count()).toBe(0)
    await page.goto(url("/unit/bulk-orders"))
    const listed = page.locator(`[data-testid="bulk-order-row"][data-id="${bulkOrder.id}"]`)
    expect(await listed.getByTestId("bulk-order-status").innerText()).toBe("已付款")
    await screenshot(page, "union-clerk-paid-390")

    const farm = await browser.newContext(PHONE)
    const farmPage = await farm.newPage()
    await farmLogin(farmPage, shop.backendUrl)
    await farmPage.goto(`${shop.backendUrl}/app/farm`)
    await farmPage.getByTestId("farm-tab-orders").click()
    const lines = farmPage.getByTestId("farm-orders")
    await expectVisible(lines.getByText("张敏", { exact: false }))
    await expectVisible(lines.getByText("刘洋", { exact: false }))
    await screenshot(farmPage, "union-clerk-farm-lines")
    await farm.close()
  })
})
