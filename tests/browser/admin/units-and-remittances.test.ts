import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { Page } from "playwright-core"
import { usccCheckCharacter } from "../../../backend/src/shared/uscc"
import { adminCredentials } from "../../../backend/src/scripts/seed/admin-credentials"
import {
  adminLogin,
  chooseOption,
  expectVisible,
  screenshot,
  screenshotOf,
  useBrowser,
} from "../../fixtures/browser"
import { adminApi } from "../../fixtures/browser-orders"
import { chinaToday, statementCsv } from "../../fixtures/remittances"
import { useShop } from "../../fixtures/shop"
import { placeTransferOrderOn, TRANSFER_PAYER } from "../../fixtures/transfer-order"

const FIRST17 = "91441403MA4W12345"
const CREDIT_CODE = FIRST17 + usccCheckCharacter(FIRST17)
const BAD_CREDIT_CODE = FIRST17 + (CREDIT_CODE.endsWith("0") ? "1" : "0")

/** Decimal yuan of whole fen. */
const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`

/**
 * The support team's 单位客户 and 汇款认领 pages: records a union (a bad
 * credit code is refused on its field, fixed, then the unit is verified),
 * records a credit by hand that pays a 对公转账 order (已匹配, the order is
 * paid), and imports a bank statement whose credit pays too little (少付).
 */
describe("the support team works units and remittances in the admin", () => {
  const shop = useShop()
  const session = useBrowser({ locale: "zh-CN", viewport: { width: 1280, height: 900 } })
  let page: Page

  // the signed-in page's session, as the page is once the test has opened it
  const api = (path: string) => adminApi(page, shop.backendUrl)(path)
  const confirmPrompt = async () => {
    const dialog = page.getByRole("alertdialog")
    await expectVisible(dialog)
    await dialog.getByRole("button", { name: "确认" }).click()
    await dialog.waitFor({ state: "hidden" })
  }

  beforeAll(async () => {
    page = session.page
    await adminLogin(page, shop.backendUrl, adminCredentials())
  }, 600_000)

  it("creates a unit: a bad credit code is refused on its field, fixed, then verified", async () => {
    await page.goto(`${shop.backendUrl}/app/orders`)
    await page.getByRole("link", { name: "单位客户" }).click()
    await page.waitForURL(/\/app\/units/)
    await page.getByTestId("unit-create").click()
    await page.getByTestId("unit-name").fill("梅州市梅县区总工会")
    await chooseOption(page, "unit-kind", "工会")
    await page.getByTestId("unit-credit-code").fill(BAD_CREDIT_CODE)
    await page.getByTestId("unit-headcount").fill("320")
    await page.getByTestId("unit-contact-name").fill("李会计")
    await page.getByTestId("unit-contact-mobile").fill("138 0013 8000")
    await page.getByTestId("unit-submit").click()
    await expectVisible(page.getByText("统一社会信用代码校验位不正确"))
    await screenshot(page, "admin-unit-create-bad-code")

    await page.getByTestId("unit-credit-code").fill(CREDIT_CODE)
    await page.getByTestId("unit-submit").click()
    await page.waitForURL(/\/app\/units\/[^/]+$/, { timeout: 30_000 })
    const detail = page.getByTestId("unit-detail")
    await expectVisible(detail.getByTestId("unit-detail-name").getByText("梅州市梅县区总工会"))
    await expectVisible(detail.getByTestId("unit-status").first().getByText("待审核"))

    await page.getByTestId("unit-verify").click()
    await confirmPrompt()
    await expectVisible(detail.getByTestId("unit-status").first().getByText("已认证"))
    const { units } = await api(`/admin/units?q=${CREDIT_CODE}`)
    expect(units).toHaveLength(1)
    expect(units[0]).toMatchObject({ status: "verified", credit_code: CREDIT_CODE, headcount: 320 })
    await screenshot(page, "admin-unit-verified")

    // a member is an existing customer account: an unknown e-mail is refused in Chinese
    await page.getByTestId("unit-member-email").fill("nobody@example.cn")
    await page.getByTestId("unit-member-add").click()
    await expectVisible(page.getByText("没有使用该邮箱注册的顾客账户，请对方先在商城注册"))
    expect(await page.getByText("no customer account has this e-mail").count()).toBe(0)

    await page.goto(`${shop.backendUrl}/app/units?status=verified`)
    await expectVisible(page.getByTestId("units-table").getByText("梅州市梅县区总工会"))
  })

  it("records a credit by hand for a 对公转账 order: 已匹配 and the order is paid", async () => {
    const order = await placeTransferOrderOn(page, shop.backendUrl)
    await page.goto(`${shop.backendUrl}/app/remittances`)
    await page.getByTestId("remittance-record").click()
    const form = page.getByTestId("remittance-record-form")
    await expectVisible(form)
    await form.getByTestId("remittance-amount").fill(yuan(Math.round(order.total * 100)))
    await form.getByTestId("remittance-payer-name").fill(TRANSFER_PAYER)
    await form.getByTestId("remittance-remark").fill(`货款 ${order.reference.toLowerCase()} 谢谢`)
    await form.getByTestId("remittance-bank-serial").fill("HAND-0001")
    await screenshotOf(form, "admin-remittance-record")
    await form.getByTestId("remittance-record-submit").click()
    await page.waitForURL(/\/app\/remittances\/[^/?]+$/, { timeout: 30_000 })
    const detail = page.getByTestId("remittance-detail")
    await expectVisible(detail.getByTestId("remittance-status").first().getByText("已匹配"))
    const { order: paid } = await api(`/admin/orders/${order.id}?fields=payment_status`)
    expect(paid.payment_status).toBe("captured")
    await screenshot(page, "admin-remittance-matched")
  })

  it("imports a statement whose credit pays too little: 少付 in the queue", async () => {
    const order = await placeTransferOrderOn(page, shop.backendUrl)
    const short = yuan(Math.round(order.total * 100) - 1000)
    const file = path.join(os.tmpdir(), `statement-${process.pid}.csv`)
    fs.writeFileSync(
      file,
      statementCsv([
        [
          chinaToday(),
          TRANSFER_PAYER,
          "6222020200112233",
          "",
          short,
          `货款${order.reference}`,
          "IMP-0001",
        ],
      ])
    )
    await page.goto(`${shop.backendUrl}/app/remittances`)
    await page.getByTestId("remittance-import").click()
    await page.getByTestId("remittance-import-file").setInputFiles(file)
    await page.getByTestId("remittance-import-submit").click()
    const results = page.getByTestId("remittance-import-results")
    await expectVisible(results, 30_000)
    expect(await results.getByTestId("remittance-import-summary").innerText()).toContain("录入 1")
    await expectVisible(results.getByTestId("remittance-import-row").getByText("少付"))
    await screenshotOf(results, "admin-remittance-import")
    await page.keyboard.press("Escape")

    await page.goto(`${shop.backendUrl}/app/remittances?status=underpaid`)
    const row = page.getByTestId("remittances-table").locator('[data-serial="IMP-0001"]')
    await expectVisible(row)
    expect(await row.getByTestId("remittance-status").innerText()).toBe("少付")
    const { order: unpaid } = await api(`/admin/orders/${order.id}?fields=payment_status`)
    expect(unpaid.payment_status).not.toBe("captured")
    await screenshot(page, "admin-remittances-underpaid")
    fs.rmSync(file, { force: true })
  })
})
