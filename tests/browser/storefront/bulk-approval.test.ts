/**
 * A bulk order over the unit's approval policy, on a phone: the unit's
 * 管理员 sets the policy (单笔 over ¥10) in 采购审批, uploads a bulk order
 * whose preview is over it, is offered 提交审批 instead of 提交订单, sends it
 * with a 申请说明 and reads 待审批; the unit's 审批人 signs in, reads the
 * request (what, for whom, why) and approves it; the bulk order is then
 * among the unit's bulk orders, 待付款, and the request reads 已批准并下单.
 */
import type { BrowserContext, Page } from "playwright-core"
import { usccCheckCharacter } from "../../../backend/src/shared/uscc"
import { expectVisible, screenshot, useBrowser } from "../../fixtures/browser"
import { bulkRow, bulkXlsx } from "../../fixtures/bulk-orders"
import { registerBuyer } from "../../fixtures/checkout"
import { TOMATO } from "../../fixtures/farm-browser"
import { useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin, storeGet } from "../../fixtures/shop-api"
import { MOBILE } from "../../fixtures/storefront"

const FIRST17 = "81441403MC0000034"
const CREDIT_CODE = FIRST17 + usccCheckCharacter(FIRST17)
const UNIT_NAME = "梅县区审批测试工会委员会"

describe("a bulk order over the unit's approval policy: 提交审批, then the 审批人 approves", () => {
  const shop = useShop()
  const session = useBrowser(MOBILE, { failurePrefix: "failed-bulk-approval-" })
  let page: Page
  let approverContext: BrowserContext
  const clerk = { email: `approval-admin-${process.pid}@example.cn`, password: "meixian-appr-2026" }
  const approver = {
    email: `approval-approver-${process.pid}@example.cn`,
    password: "meixian-appr-2026",
  }
  let sku: string

  const url = (p: string) => `${shop.storefrontUrl}${p}`
  const signIn = async (on: Page, who: { email: string; password: string }, path: string) => {
    await on.goto(url(path))
    await on.waitForURL(/\/account\?next=/)
    const login = on.getByTestId("login-form")
    await login.getByLabel("电子邮箱").fill(who.email)
    await login.getByLabel("密码").fill(who.password)
    await login.getByRole("button", { name: "登录" }).click()
    await on.waitForURL(url(path))
  }

  beforeAll(async () => {
    page = session.page
    await registerBuyer(shop, { ...clerk, first_name: "李华" })
    await registerBuyer(shop, { ...approver, first_name: "王强" })
    const admin = adminCall(shop.backendUrl, await signInAdmin(shop.backendUrl))
    const { unit } = await admin("/admin/units", {
      name: UNIT_NAME,
      kind: "trade_union",
      credit_code: CREDIT_CODE,
      headcount: 120,
    })
    await admin(`/admin/units/${unit.id}/verify`, {})
    await admin(`/admin/units/${unit.id}/members`, { email: clerk.email, role: "admin" })
    await admin(`/admin/units/${unit.id}/members`, { email: approver.email, role: "approver" })
    const { products } = await storeGet(shop)(
      `/store/products?handle=${TOMATO}&fields=id,*variants`
    )
    sku = products[0].variants[0].sku
    approverContext = await session.browser.newContext(MOBILE)
  }, 600_000)

  afterAll(async () => {
    await approverContext?.close()
  })

  it("the 管理员 sets the policy, previews a bulk order over it and submits it for approval", async () => {
    await signIn(page, clerk, "/unit/approvals")
    const policy = page.getByTestId("approval-policy-form")
    await policy.getByLabel("单笔金额超过（元）").fill("10")
    await policy.getByRole("button", { name: "保存审批标准" }).click()
    await expectVisible(page.getByTestId("policy-message"))
    expect(await page.getByTestId("approval-policy").innerText()).toContain("¥10.00")

    await page.goto(url("/unit/bulk"))
    await page.getByLabel("采购单号（选填）").fill("SP-2026-12")
    await page.getByTestId("bulk-file").setInputFiles({
      name: "工会福利.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await bulkXlsx([bulkRow(1, sku, 2), bulkRow(2, sku, 3)]),
    })
    await page.getByTestId("bulk-preview").click()
    await expectVisible(page.getByTestId("bulk-valid"))
    const total = await page.getByTestId("bulk-total").innerText()

    // over the policy: 提交订单 is off, 提交审批 is offered with the reason
    expect(await page.getByTestId("bulk-submit").isDisabled()).toBe(true)
    const approval = page.getByTestId("bulk-approval")
    await expectVisible(approval)
    expect(await approval.getByTestId("bulk-approval-needed").innerText()).toContain(
      "金额超过单位的审批标准"
    )
    await approval.getByLabel("申请说明（选填）").fill("元旦慰问职工")
    await screenshot(page, "bulk-approval-offered-390")
    await approval.getByTestId("bulk-approval-submit").click()

    const sent = page.getByTestId("bulk-approval-sent")
    await expectVisible(sent, 60_000)
    expect(await sent.getByTestId("bulk-approval-status").innerText()).toContain("待审批")
    expect(await sent.innerText()).toContain(total)
    await screenshot(page, "bulk-approval-sent-390")

    // nothing was placed yet
    await page.goto(url("/unit/bulk-orders"))
    expect(await page.getByTestId("bulk-order-row").count()).toBe(0)
  })

  it("the 审批人 reads the request and approves; the bulk order is placed", async () => {
    const desk = await approverContext.newPage()
    await signIn(desk, approver, "/unit/approvals")
    const item = desk.locator('[data-testid="approval-item"][data-status="pending"]')
    await expectVisible(item)
    const text = await item.innerText()
    expect(text).toContain("批量订单")
    expect(text).toContain("元旦慰问职工")
    expect(text).toContain("职工1")
    expect(text).toContain("单笔金额超过审批标准")
    await screenshot(desk, "bulk-approval-approver-390")
    await item.getByTestId("approval-approve").click()
    const placed = desk.locator('[data-testid="approval-item"][data-status="placed"]')
    await expectVisible(placed, 60_000)
    expect(await placed.getByTestId("approval-status").innerText()).toBe("已批准并下单")

    await page.goto(url("/unit/bulk-orders"))
    const row = page.getByTestId("bulk-order-row")
    await expectVisible(row.first())
    expect(await row.count()).toBe(1)
    expect(await row.first().getByTestId("bulk-order-status").innerText()).toBe("待付款")
    await screenshot(page, "bulk-approval-placed-390")
  })
})
