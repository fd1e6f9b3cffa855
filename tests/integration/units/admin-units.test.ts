/**
 * The support team's unit routes: creating a unit checks its credit code
 * (length, characters, check digit, each named in the 400), lists and reads
 * units with their members, updates, verifies (the unit's customer group
 * with every member), disables and manages members.
 */
import { Modules } from "@medusajs/framework/utils"
import { shopSuite } from "../../fixtures/http"
import { badCheckDigit, creditCode, unitBody, units } from "../../fixtures/units"

shopSuite((suite) => {
  const { getContainer } = suite
  const { adminCall, customer, storeCall } = units(suite)

  it("creates a pending unit, and refuses a credit code of the wrong length, characters or check digit", async () => {
    const created = await adminCall("POST", "/admin/units", unitBody(1))
    expect(created.status, JSON.stringify(created.data)).toBe(201)
    expect(created.data.unit).toMatchObject({
      status: "pending",
      kind: "trade_union",
      credit_code: creditCode(1),
      invoice: { type: "normal", title: "梅县测试工会1", tax_id: creditCode(1) },
      contacts: [{ name: "张三", mobile: "13800138000" }],
      members: [],
    })

    // lower case and spaces as people type them are accepted
    const typed = creditCode(2)
      .toLowerCase()
      .replace(/(.{6})/g, "$1 ")
    const spaced = await adminCall("POST", "/admin/units", unitBody(2, { credit_code: typed }))
    expect(spaced.status).toBe(201)
    expect(spaced.data.unit.credit_code).toBe(creditCode(2))

    const cases = [
      { credit_code: creditCode(3).slice(0, 17), code: "uscc_length", text: /18 位/ },
      { credit_code: creditCode(3) + "1", code: "uscc_length", text: /18 位/ },
      { credit_code: "9144030000000000IO", code: "uscc_characters", text: /I、O、S、V、Z/ },
      { credit_code: badCheckDigit(creditCode(3)), code: "uscc_checksum", text: /校验位/ },
    ]
    for (const c of cases) {
      const refused = await adminCall("POST", "/admin/units", unitBody(3, c))
      expect(refused.status, c.credit_code).toBe(400)
      expect(refused.data).toMatchObject({ type: "invalid_data", code: c.code })
      expect(refused.data.message).toMatch(c.text)
    }
    // the same credit code twice, a missing one, an unknown kind: 4xx, never 500
    const twice = await adminCall("POST", "/admin/units", unitBody(1))
    expect(twice.status).toBe(422)
    expect(twice.data.message).toMatch(/已存在/)
    const { credit_code: _, ...noCode } = unitBody(4)
    expect((await adminCall("POST", "/admin/units", noCode)).status).toBe(400)
    expect((await adminCall("POST", "/admin/units", unitBody(4, { kind: "club" }))).status).toBe(
      400
    )
    // a 专票 needs the registered address and phone, the bank and the account
    const special = await adminCall(
      "POST",
      "/admin/units",
      unitBody(5, { invoice: { type: "special", bank_name: "中国银行梅州分行" } })
    )
    expect(special.status).toBe(400)
    expect(special.data.message).toMatch(/专票/)

    const list = await adminCall("GET", "/admin/units?status=pending&q=测试工会")
    expect(list.status).toBe(200)
    expect(list.data.count).toBe(2)
    expect(list.data.units[0]).toMatchObject({ status: "pending", member_count: 0 })
    expect((await adminCall("GET", "/admin/units?status=verified")).data.count).toBe(0)
    expect((await adminCall("GET", "/admin/units?kind=nope")).status).toBe(400)
    expect((await adminCall("GET", "/admin/units/unit_missing")).status).toBe(404)
  })

  it("verifies a unit: its customer group holds every member, who leave it when the unit is disabled", async () => {
    const { data } = await adminCall("POST", "/admin/units", unitBody(10))
    const id = data.unit.id
    await customer("a10@unit-test.example.cn")
    await customer("b10@unit-test.example.cn")
    const first = await adminCall("POST", `/admin/units/${id}/members`, {
      email: "A10@unit-test.example.cn",
      role: "admin",
    })
    expect(first.status, JSON.stringify(first.data)).toBe(201)
    expect(first.data.member).toMatchObject({
      role: "admin",
      customer: { email: "a10@unit-test.example.cn" },
    })
    // no account with that e-mail: 404
    const nobody = await adminCall("POST", `/admin/units/${id}/members`, {
      email: "nobody@unit-test.example.cn",
      role: "buyer",
    })
    expect(nobody.status).toBe(404)

    const verified = await adminCall("POST", `/admin/units/${id}/verify`)
    expect(verified.status).toBe(200)
    expect(verified.data.unit).toMatchObject({ status: "verified", reason: null })
    expect(verified.data.unit.verified_at).toBeTruthy()
    expect(verified.data.unit.verified_by).toMatch(/^user_/)
    const groupId = verified.data.unit.customer_group_id
    const customers = getContainer().resolve(Modules.CUSTOMER)
    const group = await customers.retrieveCustomerGroup(groupId, { relations: ["customers"] })
    expect(group.name).toBe(`梅县测试工会10（${creditCode(10)}）`)
    expect(group.customers!.map((c: any) => c.email)).toEqual(["a10@unit-test.example.cn"])
    expect((await adminCall("POST", `/admin/units/${id}/verify`)).status).toBe(400)

    // a member added to a verified unit joins the group; one removed leaves it
    const second = await adminCall("POST", `/admin/units/${id}/members`, {
      email: "b10@unit-test.example.cn",
      role: "buyer",
    })
    const members = async () =>
      (await customers.retrieveCustomerGroup(groupId, { relations: ["customers"] })).customers!.map(
        (c: any) => c.email
      )
    expect((await members()).sort()).toEqual([
      "a10@unit-test.example.cn",
      "b10@unit-test.example.cn",
    ])
    // a customer belongs to one unit at most
    const { data: other } = await adminCall("POST", "/admin/units", unitBody(11))
    const again = await adminCall("POST", `/admin/units/${other.unit.id}/members`, {
      email: "b10@unit-test.example.cn",
      role: "buyer",
    })
    expect(again.status).toBe(400)
    // never the last admin, neither removed nor re-roled
    const adminId = first.data.member.id
    expect((await adminCall("DELETE", `/admin/units/${id}/members/${adminId}`)).status).toBe(400)
    const demoted = await adminCall("POST", `/admin/units/${id}/members/${adminId}`, {
      role: "finance",
    })
    expect(demoted.status).toBe(400)
    expect(demoted.data.message).toMatch(/至少需要一名管理员/)
    // another unit's member id answers 404 under this unit
    const removed = await adminCall("DELETE", `/admin/units/${other.unit.id}/members/${adminId}`)
    expect(removed.status).toBe(404)
    expect(
      (await adminCall("DELETE", `/admin/units/${id}/members/${second.data.member.id}`)).status
    ).toBe(200)
    expect(await members()).toEqual(["a10@unit-test.example.cn"])

    // disabled: the members leave the group; verified again: they are back
    const disabled = await adminCall("POST", `/admin/units/${id}/disable`, { reason: "资料不符" })
    expect(disabled.data.unit).toMatchObject({ status: "disabled", reason: "资料不符" })
    expect(await members()).toEqual([])
    await adminCall("POST", `/admin/units/${id}/verify`)
    expect(await members()).toEqual(["a10@unit-test.example.cn"])
    const read = await adminCall("GET", `/admin/units/${id}`)
    expect(read.data.unit).toMatchObject({ status: "verified", customer_group_id: groupId })
    expect(read.data.unit.members).toHaveLength(1)
  })

  it("a verification that fails half-way leaves the unit pending and its members in no group", async () => {
    const { data } = await adminCall("POST", "/admin/units", unitBody(15))
    await customer("a15@unit-test.example.cn")
    await adminCall("POST", `/admin/units/${data.unit.id}/members`, {
      email: "a15@unit-test.example.cn",
      role: "admin",
    })
    // a group of that name exists already (made by hand): the group cannot be created
    const customers = getContainer().resolve(Modules.CUSTOMER)
    await customers.createCustomerGroups({ name: `梅县测试工会15（${creditCode(15)}）` })
    const refused = await adminCall("POST", `/admin/units/${data.unit.id}/verify`)
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(refused.status).toBeLessThan(500)
    const read = await adminCall("GET", `/admin/units/${data.unit.id}`)
    expect(read.data.unit).toMatchObject({ status: "pending", customer_group_id: null })
    const [customerA] = await customers.listCustomers(
      { email: "a15@unit-test.example.cn" },
      { relations: ["groups"] }
    )
    expect(customerA.groups).toEqual([])
  })

  it("updates a unit's details; a new name renames its group; a 专票 must stay complete", async () => {
    const { data } = await adminCall("POST", "/admin/units", unitBody(20))
    const id = data.unit.id
    await adminCall("POST", `/admin/units/${id}/verify`)
    const updated = await adminCall("POST", `/admin/units/${id}`, {
      name: "梅县新名字工会",
      headcount: 300,
      invoice: { type: "normal", registered_phone: "0753-2188888" },
    })
    expect(updated.status, JSON.stringify(updated.data)).toBe(200)
    expect(updated.data.unit).toMatchObject({
      name: "梅县新名字工会",
      headcount: 300,
      invoice: {
        title: "梅县新名字工会",
        tax_id: creditCode(20),
        registered_phone: "0753-2188888",
      },
    })
    const group = await getContainer()
      .resolve(Modules.CUSTOMER)
      .retrieveCustomerGroup(updated.data.unit.customer_group_id)
    expect(group.name).toBe(`梅县新名字工会（${creditCode(20)}）`)
    const incomplete = await adminCall("POST", `/admin/units/${id}`, {
      invoice: { type: "special" },
    })
    expect(incomplete.status).toBe(400)
    const bad = await adminCall("POST", `/admin/units/${id}`, { credit_code: "123" })
    expect(bad.data).toMatchObject({ type: "invalid_data", code: "uscc_length" })
    expect((await adminCall("POST", `/admin/units/${id}`, { status: "verified" })).status).toBe(400)
    // the store's 管理员 is not the support team: a customer token is refused here
    const someone = await customer("someone20@unit-test.example.cn")
    expect((await storeCall("GET", `/admin/units/${id}`, someone)).status).toBe(401)
  })
})
