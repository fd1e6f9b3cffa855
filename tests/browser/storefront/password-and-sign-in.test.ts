/**
 * A buyer's password and sign-in, on a phone: a forgotten password reset
 * through the e-mailed link (the new password set without JavaScript), a
 * registration that never says an e-mail is taken, and the wait asked for
 * after too many wrong passwords.
 */
import type { Browser, Page } from "playwright-core"
import { expectVisible, screenshot, useBrowser } from "../../fixtures/browser"
import { PHONE, registerBuyer } from "../../fixtures/checkout"
import { sentMessages } from "../../fixtures/outbox"
import { useShop } from "../../fixtures/shop"

describe("a buyer from the cart to a paid order (bank transfer, Stripe)", () => {
  const shop = useShop()
  const session = useBrowser(PHONE)
  let browser: Browser
  const email = `buyer-${process.pid}@example.cn`
  const password = "meixian-buyer-2026"

  const url = (path: string) => `${shop.storefrontUrl}${path}`

  beforeAll(async () => {
    browser = session.browser
    // the buyer's account, as the storefront's register form makes it
    await registerBuyer(shop, { email, password, first_name: "李明" })
  })

  it("resets a forgotten password on a phone (the new password set without JavaScript) and logs in with it", async () => {
    /** The links of the password-reset e-mails the shop sent to `to`, newest first (through the Notification module). */
    const sentResetLinks = async (to: string) =>
      (await sentMessages(shop.databaseUrl, to, "password-reset")).map((n) => String(n.data.url))
    const newPassword = "hakka-tea-garden-77"
    const phone = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
    })
    const noScript = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    })
    try {
      const buyer = await phone.newPage()
      await buyer.goto(url("/account"))
      await buyer.getByTestId("login-form").getByTestId("forgot-password-link").click()
      const request = buyer.getByTestId("reset-request-form")
      await expectVisible(request)
      // an e-mail nobody registered gets the same answer, and no e-mail
      const nobody = `nobody-${process.pid}@example.cn`
      await request.getByLabel("电子邮箱").fill(nobody)
      await request.getByRole("button", { name: "发送重置链接" }).click()
      const answer = () => buyer.getByTestId("reset-request-form").getByRole("status")
      await expectVisible(answer())
      const answerForNobody = await answer().textContent()
      expect(answerForNobody).toContain("如该邮箱已注册，我们已发送重置链接")

      const before = (await sentResetLinks(email)).length
      await buyer.getByTestId("reset-request-form").getByLabel("电子邮箱").fill(email)
      await buyer
        .getByTestId("reset-request-form")
        .getByRole("button", { name: "重新发送" })
        .click()
      await expect
        .poll(async () => (await sentResetLinks(email)).length, { timeout: 20_000 })
        .toBe(before + 1)
      expect(await answer().textContent()).toBe(answerForNobody)
      expect(await sentResetLinks(nobody)).toEqual([])
      await screenshot(buyer, "storefront-password-reset-request-390")
      const [link] = await sentResetLinks(email)
      expect(link.startsWith(`${shop.storefrontUrl}/account/reset-password?token=`)).toBe(true)

      // the link opened where JavaScript is off: the new password, twice
      const plain = await noScript.newPage()
      await plain.goto(link)
      const form = () => plain.getByTestId("reset-password-form")
      await expectVisible(form())
      expect(await form().getByLabel("电子邮箱").inputValue()).toBe(email)
      await form().getByLabel("新密码（至少 8 位）").fill(newPassword)
      await form().getByLabel("再次输入密码").fill(`${newPassword}x`)
      await form().getByRole("button", { name: "设置新密码" }).click()
      await expectVisible(plain.getByTestId("error-password_confirm"))
      expect(await plain.getByTestId("error-password_confirm").textContent()).toBe(
        "两次输入的密码不一致"
      )
      // a weak one: the rule the backend names, beside the field
      await form().getByLabel("新密码（至少 8 位）").fill("12345678")
      await form().getByLabel("再次输入密码").fill("12345678")
      await form().getByRole("button", { name: "设置新密码" }).click()
      await expectVisible(plain.getByTestId("error-password"))
      expect(await plain.getByTestId("error-password").textContent()).toContain(
        "密码太常见或太容易猜到"
      )
      const field = form().getByLabel("新密码（至少 8 位）")
      expect(await field.getAttribute("aria-invalid")).toBe("true")
      expect(await field.getAttribute("aria-describedby")).toContain("reset-field-password-error")
      await screenshot(plain, "storefront-password-reset-weak-390")
      // a good one (the link still works: a refused password does not spend it)
      await form().getByLabel("新密码（至少 8 位）").fill(newPassword)
      await form().getByLabel("再次输入密码").fill(newPassword)
      await form().getByRole("button", { name: "设置新密码" }).click()
      await expectVisible(plain.getByTestId("reset-done"))
      expect(await plain.getByTestId("reset-done").textContent()).toContain(
        "密码已重置，请用新密码登录"
      )
      await screenshot(plain, "storefront-password-reset-done-390")

      // the link a second time: used, and said so
      await buyer.goto(link)
      await buyer
        .getByTestId("reset-password-form")
        .getByLabel("新密码（至少 8 位）")
        .fill("another-tea-garden-88")
      await buyer
        .getByTestId("reset-password-form")
        .getByLabel("再次输入密码")
        .fill("another-tea-garden-88")
      await buyer
        .getByTestId("reset-password-form")
        .getByRole("button", { name: "设置新密码" })
        .click()
      await expectVisible(buyer.getByTestId("reset-expired"))
      expect(await buyer.getByTestId("reset-expired").textContent()).toContain(
        "重置链接已过期或已使用"
      )

      // the old password no longer signs in; the new one does
      await buyer.goto(url("/account"))
      const login = buyer.getByTestId("login-form")
      await login.getByLabel("电子邮箱").fill(email)
      await login.getByLabel("密码").fill(password)
      await login.getByRole("button", { name: "登录" }).click()
      await expectVisible(buyer.getByTestId("login-form").getByText("邮箱或密码不正确"))
      await buyer.getByTestId("login-form").getByLabel("电子邮箱").fill(email)
      await buyer.getByTestId("login-form").getByLabel("密码").fill(newPassword)
      await buyer.getByTestId("login-form").getByRole("button", { name: "登录" }).click()
      await expectVisible(buyer.getByTestId("account-greeting"))
      await screenshot(buyer, "storefront-password-reset-signed-in-390")
    } finally {
      await phone.close()
      await noScript.close()
    }
  })

  it("never says an e-mail is taken, and asks to wait after too many wrong passwords", async () => {
    const visitor = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
    })
    const other = await visitor.newPage()
    /** Submits a form and waits until its answer replaced it (each answer remounts the form). */
    const submit = async (form: ReturnType<Page["getByTestId"]>, button: string) => {
      const before = await form.elementHandle()
      await form.getByRole("button", { name: button }).click()
      await other.waitForFunction((element) => !element?.isConnected, before, { timeout: 30_000 })
    }
    try {
      await other.goto(url("/account"))
      // the registered buyer's e-mail with another password: refused without a word about the e-mail
      const register = other.getByTestId("register-form")
      await register.getByLabel("电子邮箱").fill(email)
      await register.getByLabel("姓名").fill("王芳")
      await register.getByLabel("密码（至少 8 位）").fill("another-pass-2026")
      await register.getByLabel("再次输入密码").fill("another-pass-2026")
      await submit(register, "注册")
      await expectVisible(other.getByText("无法用此邮箱和密码注册。如果您已有账户，请直接登录。"))
      expect(await other.getByText("已注册").count()).toBe(0)
      // a weak password is refused with the rule the backend names
      await register.getByLabel("电子邮箱").fill(`new-${process.pid}@example.cn`)
      await register.getByLabel("姓名").fill("王芳")
      await register.getByLabel("密码（至少 8 位）").fill("12345678")
      await register.getByLabel("再次输入密码").fill("12345678")
      await submit(register, "注册")
      await expectVisible(
        register.getByText("密码太常见或太容易猜到，请换一个更长、更不规则的密码")
      )

      // wrong passwords for one e-mail until the lock: then the wait, in minutes
      const locked = `locked-${process.pid}@example.cn`
      const login = other.getByTestId("login-form")
      for (let i = 1; i <= 4; i++) {
        await login.getByLabel("电子邮箱").fill(locked)
        await login.getByLabel("密码").fill(`wrong-password-${i}`)
        await submit(login, "登录")
        await expectVisible(login.getByText("邮箱或密码不正确"))
      }
      await login.getByLabel("电子邮箱").fill(locked)
      await login.getByLabel("密码").fill("wrong-password-5")
      await submit(login, "登录")
      await expectVisible(login.getByText("尝试次数过多，请 15 分钟后再试"))
      await screenshot(other, "sign-in-locked-390")
    } finally {
      await visitor.close()
    }
  })
})
