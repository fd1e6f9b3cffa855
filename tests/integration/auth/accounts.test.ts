/**
 * Accounts on the running app: registrations that never tell an e-mail is
 * taken, the password rules on invite, reset and update, and the limit of
 * password-reset requests. Each test speaks from its own client address, so
 * the limits' counters stay apart.
 */
import { shopSuite } from "../../fixtures/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { partnerByHandle } from "../../fixtures/farm"
import { backendRequireFrom, farm, scrypt, SIGN_IN_ENV, signIn } from "../../fixtures/sign-in"

shopSuite({ env: SIGN_IN_ENV }, (shop) => {
  const { api, getContainer, admin } = shop
  const { post, throttle, registerCustomer } = signIn(shop)

  it("never tells that an e-mail is registered", async () => {
    const ip = "198.51.100.7"
    await registerCustomer("taken.buyer@example.cn", "meixian-buyer-2026", ip)
    const failedLogin = await post(
      "/auth/customer/emailpass",
      { email: "taken.buyer@example.cn", password: "wrong-password-1" },
      ip
    )
    expect(failedLogin.status).toBe(401)
    const verify = vi.spyOn(scrypt, "verify")
    try {
      // a taken e-mail, wrong or right password: the answer of a failed login, after one verification
      for (const password of ["another-password-1", "meixian-buyer-2026"]) {
        verify.mockClear()
        const again = await post(
          "/auth/customer/emailpass/register",
          { email: "taken.buyer@example.cn", password },
          ip
        )
        expect(again.status).toBe(401)
        expect(again.data).toEqual(failedLogin.data)
        expect(JSON.stringify(again.data)).not.toMatch(/exist/i)
        expect(verify.mock.calls.length).toBe(1)
      }
      // the same for a farm account's e-mail
      const user = await post(
        "/auth/user/emailpass/register",
        { email: farm.email, password: "farm-guess-2026" },
        ip
      )
      expect(user.status).toBe(401)
      expect(user.data).toEqual(failedLogin.data)
    } finally {
      verify.mockRestore()
    }
    // a new e-mail registers
    const fresh = await post(
      "/auth/customer/emailpass/register",
      { email: "fresh.buyer@example.cn", password: "meixian-buyer-2026" },
      ip
    )
    expect(fresh.status).toBe(200)
    expect(typeof fresh.data.token).toBe("string")
  })

  it("refuses weak passwords for admin and farm users on invite, reset and update, naming the rule", async () => {
    const ip = "198.51.100.8"
    const { id: partnerId } = await partnerByHandle(getContainer(), "shesui-agri")
    const email = "weak.staff@shesui-demo.example.cn"
    const { data: invited } = await api.post(`/admin/partners/${partnerId}/staff`, { email }, admin)
    const inviteToken = new URL(invited.invite.accept_url, "http://x").searchParams.get("token")!

    const cases: [string, string][] = [
      ["short-1", "password_too_short"],
      ["abcdefghijklmn", "password_letters_and_digits"],
      ["weak.staff2026", "password_email_name"],
      ["password1234", "password_too_common"],
    ]
    for (const [password, code] of cases) {
      const res = await post("/auth/user/emailpass/register", { email, password }, ip)
      expect(res.status).toBe(400)
      expect(res.data).toMatchObject({ type: "invalid_data", code })
      expect(res.data.message).toMatch(/^The password /)
    }
    // a strong password registers, and the invite is accepted
    const registered = await post(
      "/auth/user/emailpass/register",
      { email, password: "farm-pass-2026" },
      ip
    )
    expect(registered.status).toBe(200)
    const accepted = await post(
      `/admin/invites/accept?token=${encodeURIComponent(inviteToken)}`,
      { first_name: "农场", last_name: "员工" },
      ip,
      { authorization: `Bearer ${registered.data.token}` }
    )
    expect(accepted.status).toBe(200)

    // a password reset: a weak new password is refused before the reset token is spent
    const { generateResetPasswordTokenWorkflow } = backendRequireFrom("@medusajs/core-flows")
    const { http } = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
    const { result: resetToken } = await generateResetPasswordTokenWorkflow(getContainer()).run({
      input: {
        entityId: email,
        actorType: "user",
        provider: "emailpass",
        secret: http.jwtSecret,
      },
    })
    const bearer = { authorization: `Bearer ${resetToken}` }
    const weak = await post(
      "/auth/user/emailpass/update",
      { password: "weak.staff2027" },
      ip,
      bearer
    )
    expect(weak.status).toBe(400)
    expect(weak.data.code).toBe("password_email_name")
    const strong = await post(
      "/auth/user/emailpass/update",
      { password: "shesui-rice-2027" },
      ip,
      bearer
    )
    expect(strong.status).toBe(200)
    expect(
      (await post("/auth/user/emailpass", { email, password: "shesui-rice-2027" }, ip)).status
    ).toBe(200)

    // buyers keep the lighter rule: 8 characters, not a common password
    const short = await post(
      "/auth/customer/emailpass/register",
      { email: "rule.buyer@example.cn", password: "short" },
      ip
    )
    expect(short.data).toMatchObject({ code: "password_too_short", min_length: 8 })
    const common = await post(
      "/auth/customer/emailpass/register",
      { email: "rule.buyer@example.cn", password: "password" },
      ip
    )
    expect(common.data.code).toBe("password_too_common")
    const fine = await post(
      "/auth/customer/emailpass/register",
      { email: "rule.buyer@example.cn", password: "secret-123456" },
      ip
    )
    expect(fine.status).toBe(200)
  })

  it("limits password-reset requests per account", async () => {
    const ip = "198.51.100.9"
    const limits = throttle().limits
    const statuses: number[] = []
    for (let i = 0; i < limits.reset.perAccount; i++) {
      statuses.push(
        (await post("/auth/user/emailpass/reset-password", { identifier: farm.email }, ip)).status
      )
    }
    expect(statuses).toEqual(Array(limits.reset.perAccount).fill(201))
    const refused = await post(
      "/auth/user/emailpass/reset-password",
      { identifier: farm.email.toUpperCase() },
      ip
    )
    expect(refused.status).toBe(429)
    expect(refused.data.code).toBe("too_many_reset_requests")
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
    // an unknown identifier is answered like a known one
    expect(
      (await post("/auth/user/emailpass/reset-password", { identifier: "nobody@example.cn" }, ip))
        .status
    ).toBe(201)
  })
})
