/**
 * A unit's 发票 requests from its area: 管理员 and 财务 ask for one of the
 * unit's orders with the unit's invoice details (a 采购员 is refused), see
 * its status and download the file; unit B's members reach nothing of A's.
 */
import { shopSuite } from "../../fixtures/http"
import { units } from "../../fixtures/units"
import { invoices, normalBody, PDF, specialDetails } from "./invoice-fixtures"

shopSuite((suite) => {
  const { customer, storeCall, unitWithMembers } = units(suite)
  const { adminCall, order, upload, download } = invoices(suite)
  const PATH = "/store/units/me/invoice-requests"

  it("the unit's finance requests a 专票 with the unit's details; unit B reaches nothing of A's", async () => {
    const a = await unitWithMembers(140)
    const b = await unitWithMembers(141)
    const details = await storeCall("POST", "/store/units/me", a.admin, {
      invoice: { type: "special", ...specialDetails },
    })
    expect(details.status, JSON.stringify(details.data)).toBe(200)
    const placed = await order(a.buyer)

    const prefill = await storeCall("GET", `${PATH}?order_id=${placed.id}`, a.finance)
    expect(prefill.status, JSON.stringify(prefill.data)).toBe(200)
    const invoice = prefill.data.invoice_details
    expect(invoice).toMatchObject({
      type: "special",
      title: a.unit.name,
      tax_id: a.unit.credit_code,
      bank_account: "44250101040012345",
    })
    const available = prefill.data.invoiceable.available as string

    // a 采购员 may not; the unit's 财务 may, with the unit's details
    const body = {
      order_id: placed.id,
      kind: "special",
      title: invoice.title,
      tax_id: invoice.tax_id,
      registered_address: invoice.registered_address,
      registered_phone: invoice.registered_phone,
      bank_name: invoice.bank_name,
      bank_account: invoice.bank_account,
      amount: available,
      email: "caiwu@unit-test.example.cn",
    }
    expect((await storeCall("POST", PATH, a.buyer, body)).status).toBe(403)
    expect((await storeCall("GET", PATH, a.buyer)).status).toBe(403)
    const created = await storeCall("POST", PATH, a.finance, body)
    expect(created.status, JSON.stringify(created.data)).toBe(201)
    const request = created.data.invoice_request
    expect(request).toMatchObject({ unit_id: a.unit.id, kind: "special", status: "pending" })
    // neither an order nor a bulk order, or both: 400
    const { order_id: _drop, ...noTarget } = body
    expect((await storeCall("POST", PATH, a.finance, noTarget)).status).toBe(400)
    expect(
      (await storeCall("POST", PATH, a.finance, { ...body, bulk_order_id: "bulkord_x" })).status
    ).toBe(400)
    // the whole amount is taken: the buyer's own request of the same order is refused
    const own = await storeCall(
      "POST",
      `/store/orders/${placed.id}/invoice-requests`,
      a.buyer,
      normalBody("0.01")
    )
    expect(own.status).toBe(400)

    const issued = await adminCall("POST", `/admin/invoice-requests/${request.id}/issue`, {
      number: "24442000000099990001",
      issued_on: "2026-12-01",
    })
    expect(issued.status, JSON.stringify(issued.data)).toBe(200)
    expect((await upload(request.id, PDF)).status).toBe(200)
    const listed = await storeCall("GET", PATH, a.admin)
    expect(listed.data.invoice_requests).toEqual([
      expect.objectContaining({ id: request.id, status: "issued", has_file: true }),
    ])
    const file = await download(`${PATH}/${request.id}/file`, a.finance)
    expect(file.status).toBe(200)
    expect(Buffer.from(file.data).equals(PDF)).toBe(true)

    // unit B: A's request, file and order are none of B's
    for (const actor of [b.admin, b.finance]) {
      const list = await storeCall("GET", PATH, actor)
      expect(list.status).toBe(200)
      expect(list.data.invoice_requests).toEqual([])
      expect(JSON.stringify(list.data)).not.toContain(a.unit.id)
      expect((await download(`${PATH}/${request.id}/file`, actor)).status).toBe(404)
      expect((await storeCall("GET", `${PATH}?order_id=${placed.id}`, actor)).status).toBe(404)
      const theirs = await storeCall("POST", PATH, actor, { ...body, amount: "0.01" })
      expect(theirs.status).toBe(404)
    }
    expect((await storeCall("GET", PATH, b.buyer)).status).toBe(403)
    // nobody signed in
    expect((await storeCall("GET", PATH)).status).toBe(401)
  })

  it("an order a member placed before joining is not the unit's to invoice", async () => {
    const c = await unitWithMembers(142)
    const newcomer = await customer("newcomer142@unit-test.example.cn")
    const before = await order(newcomer)
    const added = await storeCall("POST", "/store/units/me/members", c.admin, {
      email: "newcomer142@unit-test.example.cn",
      role: "buyer",
    })
    expect(added.status, JSON.stringify(added.data)).toBe(201)
    expect((await storeCall("GET", `${PATH}?order_id=${before.id}`, c.finance)).status).toBe(404)
    const after = await order(newcomer)
    const own = await storeCall("GET", `${PATH}?order_id=${after.id}`, c.finance)
    expect(own.status, JSON.stringify(own.data)).toBe(200)
  })
})
