/**
 * The support team invites a staff member for a partner in the admin; the
 * new account sets its password and sees only that farm.
 */
import type { Browser } from "playwright-core"
import { adminCredentials } from "../../../backend/src/scripts/seed/admin-credentials"
import {
  RESENT_ON_RESET,
  adminLogin,
  chooseOption,
  expectVisible,
  screenshot,
  useBrowser,
} from "../../fixtures/browser"
import { TOMATO } from "../../fixtures/farm-browser"
import { useShop } from "../../fixtures/shop"

describe("a farm account on a phone", () => {
  const shop = useShop()
  const session = useBrowser({ locale: "zh-CN", viewport: { width: 1280, height: 900 } })
  let browser: Browser

  beforeAll(() => {
    browser = session.browser
  })

  it("the support team invites a staff member on the partner page; the new account sets a password and sees only that farm", async () => {
    const support = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 1280, height: 900 },
    })
    const adminPage = await support.newPage()
    const admin = adminCredentials()
    await adminLogin(adminPage, shop.backendUrl, admin)
    const { partners } = await (
      await adminPage.request.get(`${shop.backendUrl}/admin/partners?q=畲穗`, RESENT_ON_RESET)
    ).json()
    const partner = partners[0]
    expect(partner.name).toBe("梅州市畲穗农业发展有限公司")

    await adminPage.goto(`${shop.backendUrl}/app/partners/${partner.id}`)
    const staff = adminPage.getByTestId("partner-staff")
    await expectVisible(staff)
    await staff.getByTestId("partner-staff-email").fill("rice.staff@shesui-demo.example.cn")
    await staff.getByTestId("partner-staff-invite-submit").click()
    const invite = staff.getByTestId("partner-staff-invite")
    await expectVisible(invite.getByText("rice.staff@shesui-demo.example.cn"))
    const link = (await invite.innerText()).match(/https?:\/\/\S+/)?.[0]
    expect(link).toContain("/app/invite?token=")
    await screenshot(adminPage, "admin-partner-staff")

    // the support team opens any farm's page by picking the partner
    await adminPage.goto(`${shop.backendUrl}/app/farm`)
    await chooseOption(adminPage, "farm-partner-select", "梅州市畲穗农业发展有限公司")
    await expectVisible(
      adminPage.locator('[data-testid="farm-product"][data-handle="shejiang-simiao-rice"]')
    )
    expect(
      await adminPage.locator(`[data-testid="farm-product"][data-handle="${TOMATO}"]`).count()
    ).toBe(0)
    await support.close()

    const phone = await browser.newContext({
      locale: "zh-CN",
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    const staffPage = await phone.newPage()
    await staffPage.goto(link!)
    await staffPage.locator('input[name="first_name"]').fill("稻")
    await staffPage.locator('input[name="last_name"]').fill("丰")
    await staffPage.locator('input[name="password"]').fill("rice-staff-2026")
    await staffPage.locator('input[name="repeat_password"]').fill("rice-staff-2026")
    const accepted = staffPage.waitForResponse(
      (r) => new URL(r.url()).pathname === "/admin/invites/accept",
      { timeout: 60_000 }
    )
    await staffPage.locator('button[type="submit"]').click()
    expect((await accepted).status()).toBe(200)
    // the form gives way to the success view
    await staffPage
      .locator('input[name="repeat_password"]')
      .waitFor({ state: "detached", timeout: 30_000 })

    await adminLogin(staffPage, shop.backendUrl, {
      email: "rice.staff@shesui-demo.example.cn",
      password: "rice-staff-2026",
    })
    await staffPage.waitForURL((url) => url.pathname.endsWith("/app/farm"), { timeout: 60_000 })
    const { data: me } = {
      data: await (
        await staffPage.request.get(`${shop.backendUrl}/admin/farm`, RESENT_ON_RESET)
      ).json(),
    }
    expect(me).toMatchObject({ is_support: false, partner: { id: partner.id } })
    await staffPage.goto(`${shop.backendUrl}/app/farm`)
    await expectVisible(
      staffPage.getByTestId("farm-partner-name").getByText("梅州市畲穗农业发展有限公司"),
      60_000
    ).catch(async (error) => {
      await screenshot(staffPage, "failed-farm-staff")
      throw error
    })
    await expectVisible(
      staffPage.locator('[data-testid="farm-product"][data-handle="shejiang-simiao-rice"]')
    )
    expect(
      await staffPage.locator(`[data-testid="farm-product"][data-handle="${TOMATO}"]`).count()
    ).toBe(0)
    expect(
      (await staffPage.request.get(`${shop.backendUrl}/admin/products`, RESENT_ON_RESET)).status()
    ).toBe(403)
    await phone.close()
  })
})
