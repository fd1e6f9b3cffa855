/**
 * The storefront's unit routes as each actor: a customer applies (credit
 * code checked as in the admin) and becomes the pending unit's 管理员; the
 * support team verifies it and the members are in its customer group; the
 * 管理员 manages details and members, a 采购员 or 财务 reads only; a unit
 * always keeps a 管理员; a disabled unit's members cannot act as the unit.
 */
import { Modules } from "@medusajs/framework/utils"
import { shopSuite } from "../../fixtures/http"
import { badCheckDigit, creditCode, unitBody, units } from "../../fixtures/units"

shopSuite((suite) => {
  const { getContainer } = suite
  const { adminCall, customer, storeCall, unitWithMembers } = units(suite)

  it("a customer applies: pending, its 管理员; the support team verifies it and the members join its group", async () => {
    const me = await customer("apply@unit-test.example.cn")
    expect((await storeCall("GET", "/store/units/me", me)).status).toBe(404)

    for (const [credit_code, code] of [
      [creditCode(30).slice(1), "uscc_length"],
      ["91440300ABCDEFGHIO", "uscc_characters"],
      [badCheckDigit(creditCode(30)), "uscc_checksum"],
    ]) {
      const refused = await storeCall("POST", "/store/units", me, unitBody(30, { credit_code }))
      expect(refused.status, credit_code).toBe(400)
      expect(refused.data).toMatchObject({ type: "invalid_data", code })
    }
    const mobile = await storeCall(
      "POST",
      "/store/units",
      me,
      unitBody(30, { contacts: [{ name: "张三", mobile: "12345" }] })
    )
    expect(mobile.status).toBe(400)
    expect(mobile.data.message).toMatch(/mobile/)
    // nothing was created by the refused applications
    expect((await storeCall("GET", "/store/units/me", me)).status).toBe(404)

    const applied = await storeCall("POST", "/store/units", me, unitBody(30))
    expect(applied.status, JSON.stringify(applied.data)).toBe(201)
    expect(applied.data).toMatchObject({ role: "admin", unit: { status: "pending" } })
    expect(applied.data.unit).not.toHaveProperty("customer_group_id")
    // one unit per customer
    expect((await storeCall("POST", "/store/units", me, unitBody(31))).status).toBe(400)

    const mine = await storeCall("GET", "/store/units/me", me)
    expect(mine.data).toMatchObject({ role: "admin", unit: { id: applied.data.unit.id } })
    await customer("colleague@unit-test.example.cn")
    const added = await storeCall("POST", "/store/units/me/members", me, {
      email: "colleague@unit-test.example.cn",
      role: "buyer",
    })
    expect(added.status).toBe(201)

    const listed = await adminCall("GET", "/admin/units?status=pending")
    expect(listed.data.units.map((u: any) => u.id)).toContain(applied.data.unit.id)
    const verified = await adminCall("POST", `/admin/units/${applied.data.unit.id}/verify`)
    expect(verified.data.unit.status).toBe("verified")
    const group = await getContainer()
      .resolve(Modules.CUSTOMER)
      .retrieveCustomerGroup(verified.data.unit.customer_group_id, { relations: ["customers"] })
    expect(group.customers!.map((c: any) => c.email).sort()).toEqual([
      "apply@unit-test.example.cn",
      "colleague@unit-test.example.cn",
    ])
    expect((await storeCall("GET", "/store/units/me", me)).data.unit.status).toBe("verified")
  })

  it("roles: the 管理员 manages details and members; a 采购员 or 财务 reads and gets 403 on the rest", async () => {
    const u = await unitWithMembers(40)
    for (const reader of [u.admin, u.buyer, u.finance]) {
      expect((await storeCall("GET", "/store/units/me", reader)).status).toBe(200)
      const members = await storeCall("GET", "/store/units/me/members", reader)
      expect(members.data.members.map((m: any) => m.role)).toEqual(["admin", "buyer", "finance"])
    }
    expect((await storeCall("GET", "/store/units/me", u.buyer)).data.role).toBe("buyer")
    // (removing themselves is leaving the unit, which any member may: below)
    const writes = (other: string): [string, string, unknown][] => [
      ["POST", "/store/units/me", { headcount: 99 }],
      ["POST", "/store/units/me/members", { email: "x@unit-test.example.cn", role: "buyer" }],
      ["POST", `/store/units/me/members/${u.buyerMemberId}`, { role: "admin" }],
      ["DELETE", `/store/units/me/members/${other}`, undefined],
    ]
    for (const [actor, other] of [
      [u.buyer, u.financeMemberId],
      [u.finance, u.buyerMemberId],
    ] as const) {
      for (const [method, url, body] of writes(other)) {
        const r = await storeCall(method, url, actor, body)
        expect(r.status, `${method} ${url}`).toBe(403)
      }
    }
    // the 管理员 may update details, but not the identity of a verified unit
    const details = await storeCall("POST", "/store/units/me", u.admin, {
      headcount: 99,
      invoice: { type: "special", registered_address: "梅州市梅县区新城路 1 号" },
    })
    expect(details.status).toBe(400)
    const complete = await storeCall("POST", "/store/units/me", u.admin, {
      headcount: 99,
      invoice: {
        type: "special",
        registered_address: "梅州市梅县区新城路 1 号",
        registered_phone: "0753-2188888",
        bank_name: "中国银行梅州分行",
        bank_account: "6217 0000 1234 5678",
      },
    })
    expect(complete.status, JSON.stringify(complete.data)).toBe(200)
    expect(complete.data.unit.invoice).toMatchObject({
      type: "special",
      bank_account: "6217000012345678",
      tax_id: creditCode(40),
    })
    const renamed = await storeCall("POST", "/store/units/me", u.admin, { name: "别的名字" })
    expect(renamed.status).toBe(400)
    expect(renamed.data.message).toMatch(/客服/)

    // the 管理员 promotes the 采购员, then may step down; the last 管理员 never can
    const promoted = await storeCall(
      "POST",
      `/store/units/me/members/${u.buyerMemberId}`,
      u.admin,
      {
        role: "admin",
      }
    )
    expect(promoted.data.member.role).toBe("admin")
    const stepDown = await storeCall(
      "POST",
      `/store/units/me/members/${u.adminMemberId}`,
      u.admin,
      { role: "finance" }
    )
    expect(stepDown.status).toBe(200)
    // the former 管理员 is a 财务 now: no more admin actions
    expect(
      (await storeCall("DELETE", `/store/units/me/members/${u.financeMemberId}`, u.admin)).status
    ).toBe(403)
    const last = await storeCall("DELETE", `/store/units/me/members/${u.buyerMemberId}`, u.buyer)
    expect(last.status).toBe(400)
    expect(last.data.message).toMatch(/至少需要一名管理员/)
    const lastRole = await storeCall(
      "POST",
      `/store/units/me/members/${u.buyerMemberId}`,
      u.buyer,
      {
        role: "buyer",
      }
    )
    expect(lastRole.status).toBe(400)
    // the 管理员 removes a member, who then has no unit
    const removed = await storeCall(
      "DELETE",
      `/store/units/me/members/${u.financeMemberId}`,
      u.buyer
    )
    expect(removed.data).toEqual({ id: u.financeMemberId, object: "unit_member", deleted: true })
    expect((await storeCall("GET", "/store/units/me", u.finance)).status).toBe(404)
    // bad input: 400, never 500
    for (const body of [{ role: "boss" }, { role: "buyer", extra: 1 }, {}]) {
      const r = await storeCall("POST", `/store/units/me/members/${u.adminMemberId}`, u.buyer, body)
      expect(r.status, JSON.stringify(body)).toBe(400)
    }
    const noEmail = await storeCall("POST", "/store/units/me/members", u.buyer, {
      email: "not-an-email",
      role: "buyer",
    })
    expect(noEmail.status).toBe(400)
  })

  it("two 管理员 stepping down at once: one of them stays 管理员", async () => {
    const u = await unitWithMembers(45)
    await storeCall("POST", `/store/units/me/members/${u.buyerMemberId}`, u.admin, {
      role: "admin",
    })
    const [first, second] = await Promise.all([
      storeCall("POST", `/store/units/me/members/${u.adminMemberId}`, u.admin, { role: "buyer" }),
      storeCall("POST", `/store/units/me/members/${u.buyerMemberId}`, u.buyer, { role: "buyer" }),
    ])
    expect([first.status, second.status].sort()).toEqual([200, 400])
    const { data } = await storeCall("GET", "/store/units/me/members", u.finance)
    expect(data.members.filter((m: any) => m.role === "admin")).toHaveLength(1)
  })

  it("a member leaves a unit that added them, also a disabled one; only the 管理员 removes others", async () => {
    const u = await unitWithMembers(46, { verify: false })
    // the 采购员 removes nobody else, but may leave
    const other = await storeCall("DELETE", `/store/units/me/members/${u.financeMemberId}`, u.buyer)
    expect(other.status).toBe(403)
    const left = await storeCall("DELETE", `/store/units/me/members/${u.buyerMemberId}`, u.buyer)
    expect(left.data).toEqual({ id: u.buyerMemberId, object: "unit_member", deleted: true })
    expect((await storeCall("GET", "/store/units/me", u.buyer)).status).toBe(404)
    const { data } = await storeCall("GET", "/store/units/me/members", u.admin)
    expect(data.members.map((m: any) => m.role)).toEqual(["admin", "finance"])
    // free to apply for the unit they work for
    const own = await storeCall("POST", "/store/units", u.buyer, unitBody(47))
    expect(own.status, JSON.stringify(own.data)).toBe(201)

    const disabled = await unitWithMembers(48)
    await adminCall("POST", `/admin/units/${disabled.unit.id}/disable`, { reason: "停止合作" })
    const gone = await storeCall(
      "DELETE",
      `/store/units/me/members/${disabled.financeMemberId}`,
      disabled.finance
    )
    expect(gone.status, JSON.stringify(gone.data)).toBe(200)
    expect((await storeCall("GET", "/store/units/me", disabled.finance)).status).toBe(404)
  })

  it("a disabled unit's members read it but cannot act as the unit", async () => {
    const u = await unitWithMembers(50)
    const disabled = await adminCall("POST", `/admin/units/${u.unit.id}/disable`, {
      reason: "停止合作",
    })
    expect(disabled.data.unit.status).toBe("disabled")
    const read = await storeCall("GET", "/store/units/me", u.admin)
    expect(read.data.unit).toMatchObject({ status: "disabled", reason: "停止合作" })
    for (const [method, url, body] of [
      ["POST", "/store/units/me", { headcount: 5 }],
      ["POST", "/store/units/me/members", { email: "y@unit-test.example.cn", role: "buyer" }],
      ["POST", `/store/units/me/members/${u.buyerMemberId}`, { role: "finance" }],
      ["DELETE", `/store/units/me/members/${u.buyerMemberId}`, undefined],
    ] as [string, string, unknown][]) {
      const r = await storeCall(method, url, u.admin, body)
      expect(r.status, `${method} ${url}`).toBe(403)
      expect(r.data.message).toMatch(/已停用/)
    }
    // its members are in no unit group while it is disabled
    const group = await getContainer()
      .resolve(Modules.CUSTOMER)
      .retrieveCustomerGroup(disabled.data.unit.customer_group_id, { relations: ["customers"] })
    expect(group.customers).toEqual([])
  })
})
