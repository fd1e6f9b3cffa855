/**
 * Farm staff accounts: the support team invites a staff member for a partner,
 * the new user works for that farm only, and pending invitations are listed.
 */
import { shopSuite } from "../../fixtures/http"
import { failure } from "../../fixtures/medusa"
import { inviteFarmUser, partnerByHandle } from "../../fixtures/farm"
import { eventually } from "../../fixtures/orders"

shopSuite(({ api, getContainer, admin }) => {
  describe("staff accounts", () => {
    it("the support team invites a staff member for a partner; the new user works for that farm only", async () => {
      const b = await partnerByHandle(getContainer(), "shesui-agri")
      const { headers, invite } = await inviteFarmUser(
        api,
        admin,
        b.id,
        "new.staff@shesui-demo.example.cn"
      )
      expect(invite.accept_url).toMatch(/^\/app\/invite\?token=/)
      const farmB = { headers }

      const { data: me } = await api.get("/admin/farm", farmB)
      expect(me).toMatchObject({ is_support: false, partner: { id: b.id, name: b.name } })
      expect(me.partner.stock_location.id).toBe(b.location_id)
      const { data: user } = await api.get("/admin/users/me", farmB)
      expect(user.user.email).toBe("new.staff@shesui-demo.example.cn")

      const { data: staff } = await api.get(`/admin/partners/${b.id}/staff`, admin)
      expect(staff.users.map((u: any) => u.email)).toEqual(["new.staff@shesui-demo.example.cn"])
      expect(staff.invites).toEqual([])

      // a farm account cannot invite anybody, nor use the support team's routes
      expect(
        (await failure(api.post(`/admin/partners/${b.id}/staff`, { email: "x@example.cn" }, farmB)))
          .status
      ).toBe(403)
      expect((await failure(api.get("/admin/products", farmB))).status).toBe(403)
      expect((await failure(api.get("/admin/partners", farmB))).status).toBe(403)

      // an email that already has a user cannot be invited again
      const again = await failure(
        api.post(
          `/admin/partners/${b.id}/staff`,
          { email: "new.staff@shesui-demo.example.cn" },
          admin
        )
      )
      expect(again.status).toBeGreaterThanOrEqual(400)
      expect(again.status).toBeLessThan(500)
      // the support team keeps full access
      expect((await api.get("/admin/products?limit=1", admin)).status).toBe(200)
      expect((await api.get("/admin/farm", admin)).data).toMatchObject({
        is_support: true,
        partner: null,
      })
    })

    it("accepts an invite only under the e-mail it was sent to", async () => {
      const b = await partnerByHandle(getContainer(), "shesui-agri")
      const { data } = await api.post(
        `/admin/partners/${b.id}/staff`,
        { email: "invited@shesui-demo.example.cn" },
        admin
      )
      const token = new URL(data.invite.accept_url, "http://x").searchParams.get("token")!
      const { data: identity } = await api.post("/auth/user/emailpass/register", {
        email: "someone@example.cn",
        password: "farm-pass-2026",
      })
      const accept = (body: Record<string, unknown>) =>
        api.post(`/admin/invites/accept?token=${encodeURIComponent(token)}`, body, {
          headers: { authorization: `Bearer ${identity.token}` },
        })
      // another e-mail would make a user of no farm: a support-team account
      for (const email of ["someone@example.cn", "other.staff@shesui-demo.example.cn", 5]) {
        const refused = await failure(accept({ email }))
        expect(refused.status, String(email)).toBe(400)
        if (typeof email === "string") expect(refused.data.message).toMatch(/被邀请的邮箱/)
      }
      expect(
        await getContainer().resolve("user").listUsers({ email: "someone@example.cn" })
      ).toEqual([])
      // the invited e-mail itself (any case) is accepted, and the user works for the farm
      const { data: accepted } = await accept({ email: "Invited@shesui-demo.example.cn" })
      expect(accepted.user.email).toBe("invited@shesui-demo.example.cn")
      const { data: login } = await api.post("/auth/user/emailpass", {
        email: "someone@example.cn",
        password: "farm-pass-2026",
      })
      const farm = { headers: { authorization: `Bearer ${login.token}` } }
      const { data: me } = await eventually(async () => {
        const answer = await api.get("/admin/farm", farm)
        return answer.data.partner ? answer : undefined
      })
      expect(me).toMatchObject({ is_support: false, partner: { id: b.id } })
      expect((await failure(api.get("/admin/orders", farm))).status).toBe(403)
    })

    it("lists pending invitations until they are accepted", async () => {
      const b = await partnerByHandle(getContainer(), "shesui-agri")
      await api.post(
        `/admin/partners/${b.id}/staff`,
        { email: "pending@shesui-demo.example.cn" },
        admin
      )
      const { data } = await api.get(`/admin/partners/${b.id}/staff`, admin)
      expect(data.invites.map((i: any) => i.email)).toEqual(["pending@shesui-demo.example.cn"])
      expect(data.users).toEqual([])
      const bad = await failure(
        api.post(`/admin/partners/${b.id}/staff`, { email: "not-an-email" }, admin)
      )
      expect(bad.status).toBe(400)
    })
  })
})
