/**
 * Password reset that reaches people: a reset request e-mails the link of
 * the right page (the storefront's for a buyer, the admin's for a farm or
 * support user), read here from the Notification module; unknown e-mails,
 * identifiers that are not e-mails and e-mails without an account of that
 * kind get nothing and the same answer; the link's token sets a new password
 * once, under the password rules.
 */
import { shopSuite } from "../../fixtures/http"
import { Modules } from "@medusajs/framework/utils"
import { backendRequire, failure } from "../../fixtures/medusa"
import { eventually } from "../../fixtures/orders"
import { farm, signIn } from "../../fixtures/sign-in"

// The public addresses the links point at; read when a reset e-mail is made (per request: the
// file shares its worker's app).
const STOREFRONT_URL = "https://shop.meixian-test.cn"
const BACKEND_URL = "https://api.meixian-test.cn"
const PUBLIC_URLS = { STOREFRONT_URL, MEDUSA_BACKEND_URL: BACKEND_URL }

shopSuite({ requestEnv: PUBLIC_URLS }, (shop) => {
  const { api, getContainer, admin, store } = shop
  const { post, registerCustomer } = signIn(shop)

  const resetEmails = async (to: string) =>
    (await getContainer()
      .resolve(Modules.NOTIFICATION)
      .listNotifications({ to, template: "password-reset" } as any)) as any[]

  /** The reset e-mails sent to `to`, once there are `count` of them. */
  const sentResetEmails = (to: string, count = 1) =>
    eventually(async () => {
      const sent = await resetEmails(to)
      return sent.length >= count ? sent : null
    })

  const login = (actor: string, email: string, password: string, ip: string) =>
    post(`/auth/${actor}/emailpass`, { email, password }, ip)

  /** The link in a reset e-mail, and its token and e-mail parameters. */
  const linkOf = (notification: any) => {
    const url = new URL(notification.data.url)
    return { url, token: url.searchParams.get("token")!, email: url.searchParams.get("email") }
  }

  it("e-mails a buyer the storefront's reset link; the token sets a new password once, under the rules", async () => {
    const ip = "198.51.100.11"
    const email = `reset-buyer-${Date.now()}@example.cn`
    const oldPassword = "meixian-pomelo-2026"
    const newPassword = "hakka-tea-garden-77"
    await registerCustomer(email, oldPassword, ip)

    const requested = await post(
      "/auth/customer/emailpass/reset-password",
      { identifier: email },
      ip
    )
    expect(requested.status).toBe(201)
    const [sent] = await sentResetEmails(email)
    expect(sent).toMatchObject({ to: email, channel: "email", template: "password-reset" })
    const link = linkOf(sent)
    expect(`${link.url.origin}${link.url.pathname}`).toBe(
      `${STOREFRONT_URL}/account/reset-password`
    )
    expect(link.email).toBe(email)
    expect(link.token.split(".")).toHaveLength(3)
    // the e-mail's text carries the link, in Chinese
    const { renderMessage } = backendRequire("src/modules/notification-outbox/templates.ts")
    const text = renderMessage("password-reset", sent.data).text as string
    expect(text).toContain(sent.data.url)
    expect(text).toContain("商城账户")
    expect(text).toMatch(/1[45] 分钟内/)

    const bearer = { authorization: `Bearer ${link.token}` }
    // no password: refused, and the token is not spent
    const missing = await post("/auth/customer/emailpass/update", {}, ip, bearer)
    expect(missing.status).toBe(400)
    // a weak password: refused with the rule, and the token is not spent either
    const weak = await post("/auth/customer/emailpass/update", { password: "12345678" }, ip, bearer)
    expect(weak.status).toBe(400)
    expect(weak.data).toMatchObject({ type: "invalid_data", code: "password_too_common" })
    const set = await post("/auth/customer/emailpass/update", { password: newPassword }, ip, bearer)
    expect(set.status).toBe(200)
    expect(set.data).toEqual({ success: true })

    expect((await login("customer", email, newPassword, ip)).status).toBe(200)
    expect((await login("customer", email, oldPassword, ip)).status).toBe(401)
    // the token works once
    const again = await post(
      "/auth/customer/emailpass/update",
      { password: "another-hakka-tea-88" },
      ip,
      bearer
    )
    expect(again.status).toBe(401)
    expect((await login("customer", email, newPassword, ip)).status).toBe(200)
  })

  it("e-mails a farm user the admin's reset link, under the user's password rules", async () => {
    const ip = "198.51.100.12"
    const before = (await resetEmails(farm.email)).length
    const requested = await post(
      "/auth/user/emailpass/reset-password",
      { identifier: farm.email },
      ip
    )
    expect(requested.status).toBe(201)
    const sent = await sentResetEmails(farm.email, before + 1)
    expect(sent).toHaveLength(before + 1)
    const latest = sent.sort((a, b) => +new Date(b.created_at) - +new Date(a.created_at))[0]
    const link = linkOf(latest)
    // Medusa's own admin page, which reads `token`
    expect(`${link.url.origin}${link.url.pathname}`).toBe(`${BACKEND_URL}/app/reset-password`)
    expect(link.email).toBe(farm.email)
    const { renderMessage } = backendRequire("src/modules/notification-outbox/templates.ts")
    expect(renderMessage("password-reset", latest.data).text).toContain("管理后台账户")

    const bearer = { authorization: `Bearer ${link.token}` }
    // a buyer's rules would pass this one; a farm user's need digits
    const weak = await post(
      "/auth/user/emailpass/update",
      { password: "lychee-orchard-hills" },
      ip,
      bearer
    )
    expect(weak.status).toBe(400)
    expect(weak.data.code).toBe("password_letters_and_digits")
    const newPassword = "dongxi-lychee-2027"
    expect(
      (await post("/auth/user/emailpass/update", { password: newPassword }, ip, bearer)).status
    ).toBe(200)
    expect((await login("user", farm.email, newPassword, ip)).status).toBe(200)
    expect((await login("user", farm.email, farm.password, ip)).status).toBe(401)
    expect(
      (await post("/auth/user/emailpass/update", { password: "dongxi-lychee-2028" }, ip, bearer))
        .status
    ).toBe(401)
  })

  it("sends nothing, and answers the same, for unknown e-mails, identifiers that are not e-mails and e-mails without a buyer account", async () => {
    const ip = "198.51.100.13"
    const unknown = `nobody-${Date.now()}@example.cn`
    // an identity whose identifier is not an e-mail (Medusa allows any identifier)
    const notEmail = `lin-${Date.now()}`
    await getContainer()
      .resolve(Modules.AUTH)
      .createAuthIdentities({
        provider_identities: [
          { provider: "emailpass", entity_id: notEmail, provider_metadata: {} },
        ],
        app_metadata: { customer_id: "cus_not_an_email" },
      } as any)
    const known = `reset-known-${Date.now()}@example.cn`
    await registerCustomer(known, "meixian-pomelo-2026", ip)

    const answers = []
    for (const identifier of [unknown, notEmail, farm.email]) {
      answers.push(await post("/auth/customer/emailpass/reset-password", { identifier }, ip))
    }
    const knownAnswer = await post(
      "/auth/customer/emailpass/reset-password",
      { identifier: known },
      ip
    )
    for (const answer of answers) {
      expect(answer.status).toBe(knownAnswer.status)
      expect(answer.data).toEqual(knownAnswer.data)
    }
    // the known buyer's e-mail arrives (it was asked for last) ...
    await sentResetEmails(known)
    // ... and none for the others: the farm user has no buyer account, so no storefront link reaches it
    expect(await resetEmails(unknown)).toEqual([])
    expect(await resetEmails(notEmail)).toEqual([])
    const farmLinks = (await resetEmails(farm.email)).map((n) => linkOf(n).url.origin)
    expect(farmLinks).not.toContain(STOREFRONT_URL)
  })

  it("holds a buyer's reset of an e-mail that is also a farm user's to the farm user's rules", async () => {
    const ip = "198.51.100.14"
    // the farm user's e-mail becomes a buyer's too (one identity, one password for both)
    const signedIn = await login("user", farm.email, "dongxi-lychee-2027", ip)
    const password = signedIn.status === 200 ? "dongxi-lychee-2027" : farm.password
    const asCustomer = await login("customer", farm.email, password, ip)
    expect(asCustomer.status).toBe(200)
    const created = await post("/store/customers", { email: farm.email, first_name: "东溪" }, ip, {
      ...store.headers,
      authorization: `Bearer ${asCustomer.data.token}`,
    })
    expect(created.status).toBe(200)

    const before = (await resetEmails(farm.email)).length
    expect(
      (await post("/auth/customer/emailpass/reset-password", { identifier: farm.email }, ip)).status
    ).toBe(201)
    const sent = await sentResetEmails(farm.email, before + 1)
    const latest = sent.sort((a, b) => +new Date(b.created_at) - +new Date(a.created_at))[0]
    const link = linkOf(latest)
    expect(link.url.origin).toBe(STOREFRONT_URL)
    const bearer = { authorization: `Bearer ${link.token}` }
    // enough for a buyer, not for the farm account it also signs in to
    const weak = await post(
      "/auth/customer/emailpass/update",
      { password: "lychee-orchard-hills" },
      ip,
      bearer
    )
    expect(weak.status).toBe(400)
    expect(weak.data.code).toBe("password_letters_and_digits")
    expect(
      (
        await post(
          "/auth/customer/emailpass/update",
          { password: "dongxi-orchard-2029" },
          ip,
          bearer
        )
      ).status
    ).toBe(200)
    expect((await login("user", farm.email, "dongxi-orchard-2029", ip)).status).toBe(200)
  })

  it("keeps reset links and one-time codes from the support team: the admin's notifications are its feed only", async () => {
    const ip = "198.51.100.15"
    await registerCustomer("reset-private@example.cn", "hakka-tea-garden-2026", ip)
    expect(
      (
        await post(
          "/auth/customer/emailpass/reset-password",
          { identifier: "reset-private@example.cn" },
          ip
        )
      ).status
    ).toBe(201)
    const [email] = await sentResetEmails("reset-private@example.cn")
    const [feed] = await getContainer()
      .resolve(Modules.NOTIFICATION)
      .createNotifications([
        {
          to: "admin@meixian-aid.cn",
          channel: "feed",
          template: "plain-text",
          data: { title: "库存预警" },
        },
      ])

    for (const query of [
      "",
      "?channel=email",
      "?to=reset-private%40example.cn",
      "?fields=*",
      "?$or[0][channel]=email",
    ]) {
      const { data } = await api.get(`/admin/notifications${query}`, admin)
      expect(
        data.notifications.every((n: any) => n.channel === "feed"),
        query
      ).toBe(true)
      expect(JSON.stringify(data)).not.toContain("reset-password")
    }
    expect(
      (await api.get("/admin/notifications", admin)).data.notifications.map((n: any) => n.id)
    ).toContain(feed.id)
    const hidden = await failure(api.get(`/admin/notifications/${email.id}`, admin))
    expect(hidden.status).toBe(404)
    expect((await api.get(`/admin/notifications/${feed.id}`, admin)).status).toBe(200)
  })
})
