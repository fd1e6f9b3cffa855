/**
 * A unit's 财务 at year end on a phone, on the shop with its demo orders: the
 * support team adds the 财务 to the demo unit that bought the most this year
 * (from the aid ledger); the 财务 signs in
 * at /unit/report, sets the year's target as ¥600 × 320 members, sees the
 * progress from the aid ledger, issues a statement, downloads its PDF (the
 * Chinese text read back) and opens /verify/<code>: 有效; an unknown code
 * reads 不存在.
 */
import { RESENT_ON_RESET, expectVisible, useBrowser } from "../../fixtures/browser"
import { registerBuyer, screenshotAtWidths } from "../../fixtures/checkout"
import { pdfPages } from "../../fixtures/pdf-text"
import { useShop } from "../../fixtures/shop"
import { chinaToday } from "../../fixtures/remittances"
import { adminCall, signInAdmin } from "../../fixtures/shop-api"
import { MOBILE } from "../../fixtures/storefront"

describe("a unit's yearly quota and verifiable statement on the storefront", () => {
  const shop = useShop({ demoOrders: true })
  const session = useBrowser(MOBILE, { failurePrefix: "failed-unit-statement-" })
  const finance = {
    email: `unit-finance-${process.pid}@example.cn`,
    password: "meixian-finance-2026",
  }
  let unit: { id: string; name: string; credit_code: string }

  const url = (path: string) => `${shop.storefrontUrl}${path}`

  beforeAll(async () => {
    await registerBuyer(shop, { ...finance, first_name: "赵敏" })
    const admin = adminCall(shop.backendUrl, await signInAdmin(shop.backendUrl))
    // the demo unit with the most aid this year: the demo history's unit orders
    // fall on a different unit from month to month (and from day to day)
    const { rows } = await admin(
      `/admin/aid/summary?group_by=unit&buyer_kind=unit&from=${chinaToday().slice(0, 4)}-01-01`
    )
    const top = (rows as { key: string; amount: string }[])
      .filter((row) => Number(row.amount) > 0)
      .sort((a, b) => Number(b.amount) - Number(a.amount))[0]
    expect(top, "a demo unit with paid orders this year").toBeDefined()
    unit = (await admin(`/admin/units/${top.key}`)).unit
    await admin(`/admin/units/${unit.id}/members`, { email: finance.email, role: "finance" })
  })

  it("sets the target, sees the progress, downloads the statement and verifies its code", async () => {
    const page = session.page
    await page.goto(url("/unit/report"))
    const login = page.getByTestId("login-form")
    await login.getByLabel("电子邮箱").fill(finance.email)
    await login.getByLabel("密码").fill(finance.password)
    await login.getByRole("button", { name: "登录" }).click()
    await page.waitForURL(url("/unit/report"))
    await expectVisible(page.getByTestId("quota-progress"))

    // ¥600 × 320 members
    const quota = page.getByTestId("quota-form")
    await quota.getByLabel("设定方式").selectOption({ label: "按人均额度 × 人数" })
    await quota.getByLabel("人均额度（元）").fill("600")
    await quota.getByLabel("人数").fill("320")
    await quota.getByRole("button", { name: "保存目标" }).click()
    await expectVisible(page.getByTestId("quota-message"))
    await expectVisible(page.getByText("年度目标：¥192,000.00（人均 ¥600.00 × 320 人）"))
    // the demo orders of the unit this year count towards it
    const reached = (await page.getByTestId("quota-reached").textContent()) ?? ""
    expect(reached).toMatch(/^已完成 ¥[\d,]+\.\d{2}，达成 [\d.]+%$/)
    expect(reached).not.toContain("¥0.00")
    await screenshotAtWidths(page, "storefront-unit-quota")

    // the statement of the year so far
    await page.getByTestId("statement-form").getByRole("button", { name: "开具对账单" }).click()
    const message = page.getByTestId("statement-message")
    await expectVisible(message)
    const code = /验证码 ([0-9A-Z]{20})/.exec((await message.textContent()) ?? "")?.[1]
    expect(code).toBeTruthy()
    const row = page.locator(`[data-code="${code}"]`)
    await expectVisible(row)
    expect(await row.textContent()).toContain("有效")
    const href = await row.getByRole("link", { name: "下载 PDF" }).getAttribute("href")
    const pdf = await page.request.get(url(href!), RESENT_ON_RESET)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()["content-type"]).toMatch(/application\/pdf/)
    const text = (await pdfPages(Buffer.from(await pdf.body()))).join("")
    for (const expected of ["消费帮扶采购对账单", unit.name, unit.credit_code, "按乡镇汇总"]) {
      expect(text).toContain(expected)
    }

    // the public page: anyone, no sign-in
    const visitor = await session.browser.newContext(MOBILE)
    try {
      const other = await visitor.newPage()
      await other.goto(url(`/verify/${code!.toLowerCase()}`))
      const state = other.getByTestId("verify-state")
      await expectVisible(state)
      expect(await state.getAttribute("data-state")).toBe("valid")
      expect(await state.textContent()).toContain("有效")
      expect(await other.getByTestId("verify-statement").textContent()).toContain(unit.name)
      expect(await other.content()).not.toContain(unit.credit_code)
      await screenshotAtWidths(other, "storefront-verify-statement")
      await other.goto(url(`/verify/${"0".repeat(20)}`))
      expect(await other.getByTestId("verify-state").getAttribute("data-state")).toBe("missing")
      expect(await other.getByTestId("verify-state").textContent()).toContain("不存在")
    } finally {
      await visitor.close()
    }
  })
})
