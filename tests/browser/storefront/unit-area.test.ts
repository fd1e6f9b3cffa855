/**
 * The unit area (/unit) on a phone: a union's clerk signs up from /unit (and
 * is led back to it), applies with a mistyped credit code (told in Chinese
 * beside the field), fixes it and sees 待审核; the support team verifies the
 * unit (admin API); the clerk, its 管理员, adds a registered colleague as
 * 采购员, changes its role and back, and cannot remove the last 管理员; the
 * 采购员 signs in and reads the unit and its members without any of the
 * 管理员's controls, then leaves the unit.
 */
import type { Locator, Page } from "playwright-core"
import { usccCheckCharacter } from "../../../backend/src/shared/uscc"
import { expectVisible, useBrowser } from "../../fixtures/browser"
import { registerBuyer, screenshotAtWidths } from "../../fixtures/checkout"
import { useShop } from "../../fixtures/shop"
import { adminCall, signInAdmin } from "../../fixtures/shop-api"
import { MOBILE } from "../../fixtures/storefront"

const first17 = "91441403000000007"
const CREDIT_CODE = first17 + usccCheckCharacter(first17)
const MISTYPED = CREDIT_CODE.slice(0, 17) + (CREDIT_CODE[17] === "0" ? "1" : "0")

describe("a unit's area on the storefront", () => {
  const shop = useShop()
  const session = useBrowser(MOBILE, { failurePrefix: "failed-unit-area-" })
  let page: Page
  const clerk = `union-clerk-${process.pid}@example.cn`
  const buyer = { email: `union-buyer-${process.pid}@example.cn`, password: "meixian-buyer-2026" }

  const url = (path: string) => `${shop.storefrontUrl}${path}`

  /** Submits a form and waits until its answer replaced it (each answer remounts the form). */
  const submit = async (on: Page, form: Locator, button: string) => {
    const before = await form.elementHandle()
    await form.getByRole("button", { name: button }).click()
    await on.waitForFunction((element) => !element?.isConnected, before, { timeout: 30_000 })
  }

  beforeAll(async () => {
    page = session.page
    await registerBuyer(shop, { ...buyer, first_name: "王芳" })
  })

  it("applies for a unit: signs up from /unit, a mistyped credit code refused in Chinese, then 待审核", async () => {
    await page.goto(url("/unit"))
    await page.waitForURL(/\/account\?next=%2Funit|\/account\?next=\/unit/)
    const register = page.getByTestId("register-form")
    await register.getByLabel("电子邮箱").fill(clerk)
    await register.getByLabel("姓名").fill("李明")
    await register.getByLabel("密码（至少 8 位）").fill("meixian-union-2026")
    await register.getByLabel("再次输入密码").fill("meixian-union-2026")
    await register.getByRole("button", { name: "注册" }).click()
    await page.waitForURL(url("/unit"))

    const apply = () => page.getByTestId("unit-apply-form")
    await expectVisible(apply())
    await apply().getByLabel("单位名称").fill("梅县区总工会")
    await apply().getByLabel("单位类型").selectOption({ label: "工会" })
    await apply().getByLabel("统一社会信用代码").fill(MISTYPED)
    await apply().getByLabel("联系人手机号").fill("138 0013 8000")
    await apply().getByLabel("人数（选填）").fill("320")
    await submit(page, apply(), "提交申请")

    const error = page.getByTestId("error-credit_code")
    await expectVisible(error)
    expect(await error.textContent()).toBe("统一社会信用代码校验位不正确，请核对")
    const code = apply().getByLabel("统一社会信用代码")
    expect(await code.getAttribute("aria-invalid")).toBe("true")
    expect(await code.getAttribute("aria-describedby")).toContain("unit-field-credit_code-error")
    const summary = page.getByTestId("unit-error-summary")
    expect(await summary.textContent()).toContain("请修改以下 1 项后再提交")
    // the summary takes the focus, and links to the field
    await expect
      .poll(() => summary.evaluate((el) => el === document.activeElement), { timeout: 5_000 })
      .toBe(true)
    expect(await summary.getByRole("link").getAttribute("href")).toBe("#unit-field-credit_code")
    expect(await apply().getByLabel("单位名称").inputValue()).toBe("梅县区总工会")
    await screenshotAtWidths(page, "storefront-unit-apply-refused")

    await apply().getByLabel("统一社会信用代码").fill(CREDIT_CODE.toLowerCase())
    await apply().getByRole("button", { name: "提交申请" }).click()
    await expectVisible(page.getByTestId("unit-details"))
    expect(await page.getByTestId("unit-status").textContent()).toBe("待审核")
    expect(await page.getByTestId("unit-role").textContent()).toBe("您的角色：管理员")
    expect(await page.getByTestId("unit-details").textContent()).toContain(CREDIT_CODE)
    await screenshotAtWidths(page, "storefront-unit-pending")
  })

  it("the verified unit's 管理员 adds a 采购员, changes its role and cannot remove the last 管理员", async () => {
    const admin = adminCall(shop.backendUrl, await signInAdmin(shop.backendUrl))
    const { units } = await admin(`/admin/units?q=${CREDIT_CODE}`)
    expect(units).toHaveLength(1)
    await admin(`/admin/units/${units[0].id}/verify`, {})

    await page.goto(url("/unit"))
    expect(await page.getByTestId("unit-status").textContent()).toBe("已认证")
    await expectVisible(page.getByTestId("unit-identity-locked"))

    // an e-mail nobody registered, then the colleague's
    const add = () => page.getByTestId("add-member-form")
    await add().getByLabel("成员邮箱").fill(`nobody-${process.pid}@example.cn`)
    await submit(page, add(), "添加成员")
    expect(await add().getByTestId("error-email").textContent()).toBe(
      "没有使用该邮箱注册的顾客账户，请对方先在商城注册。"
    )
    await add().getByLabel("成员邮箱").fill(buyer.email)
    await add().getByLabel("角色").selectOption("buyer")
    await submit(page, add(), "添加成员")
    expect(await page.getByTestId("add-member-message").textContent()).toBe(`已添加 ${buyer.email}`)
    const member = (email: string) =>
      page.locator(`[data-testid="unit-member"][data-email="${email}"]`)
    await expectVisible(member(buyer.email))
    expect(await member(buyer.email).getByTestId("unit-member-role").textContent()).toBe("采购员")

    // a role changed, and back
    const controls = () => member(buyer.email).getByTestId("member-controls")
    await controls().getByLabel(`${buyer.email} 的角色`).selectOption("finance")
    await submit(page, controls(), "修改角色")
    expect(await controls().getByTestId("member-message").textContent()).toBe(
      `已将 ${buyer.email} 设为财务`
    )
    expect(await member(buyer.email).getByTestId("unit-member-role").textContent()).toBe("财务")
    await controls().getByLabel(`${buyer.email} 的角色`).selectOption("buyer")
    await submit(page, controls(), "修改角色")
    expect(await member(buyer.email).getByTestId("unit-member-role").textContent()).toBe("采购员")

    // the last 管理员 stays: the server's refusal, in Chinese
    const own = member(clerk).getByTestId("member-controls")
    await submit(page, own, "移除")
    expect(await member(clerk).getByTestId("member-error").textContent()).toBe(
      "单位至少需要一名管理员：请先将另一名成员设为管理员。"
    )
    await screenshotAtWidths(page, "storefront-unit-members")
  })

  it("the 采购员 signs in and reads the unit and its members, without the 管理员's controls, and leaves it", async () => {
    const context = await session.browser.newContext(MOBILE)
    try {
      const other = await context.newPage()
      await other.goto(url("/unit"))
      const login = other.getByTestId("login-form")
      await login.getByLabel("电子邮箱").fill(buyer.email)
      await login.getByLabel("密码").fill(buyer.password)
      await login.getByRole("button", { name: "登录" }).click()
      await other.waitForURL(url("/unit"))
      await expectVisible(other.getByTestId("unit-details"))
      expect(await other.getByTestId("unit-status").textContent()).toBe("已认证")
      expect(await other.getByTestId("unit-role").textContent()).toBe("您的角色：采购员")
      expect(await other.getByTestId("unit-read-only").textContent()).toBe(
        "只有单位管理员可以修改单位信息和成员。"
      )
      expect(await other.getByTestId("unit-member").count()).toBe(2)
      expect(await other.getByTestId("member-controls").count()).toBe(0)
      expect(await other.getByTestId("add-member-form").count()).toBe(0)
      expect(await other.getByTestId("unit-edit-form").count()).toBe(0)
      // the account's navigation leads to the unit area
      await other.goto(url("/account"))
      await other
        .getByRole("navigation", { name: "账户导航" })
        .getByRole("link", { name: "单位" })
        .click()
      await other.waitForURL(url("/unit"))
      await screenshotAtWidths(other, "storefront-unit-read-only")
      // every member may leave: afterwards /unit offers to apply for a unit
      await submit(other, other.getByTestId("unit-leave-form"), "退出单位")
      await expectVisible(other.getByTestId("unit-apply-form"))
      await page.reload()
      await expectVisible(page.getByTestId("unit-members"))
      expect(await page.getByTestId("unit-member").count()).toBe(1)
    } finally {
      await context.close()
    }
  })
})
