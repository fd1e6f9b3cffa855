/**
 * Farm staff accounts: the support team invites a staff member for a partner,
 * the new user works for that farm only, and pending invitations are listed.
 */
import { shopSuite } from "../../fixtures/http"
import { failure } from "../../fixtures/medusa"
import { inviteFarmUser, partnerByHandle } from "../../fixtures/farm"

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
