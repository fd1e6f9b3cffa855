/**
 * A buyer's 发票 requests for their own order: only paid orders, never more
 * than what is left after refunds and earlier requests (to the fen), a 专票
 * needs its bank details, a bad credit code says which check failed; the
 * support team issues it with number, date and PDF the buyer downloads; a
 * refund afterwards flags it for a 红字发票. Nobody else reads any of it.
 */
import { shopSuite } from "../../fixtures/http"
import { badCheckDigit, creditCode, units } from "../../fixtures/units"
import { invoices, normalBody, PDF, specialDetails } from "./invoice-fixtures"

shopSuite((suite) => {
  const { customer } = units(suite)
  const { call, adminCall, order, refund, upload, download, statusBecomes } = invoices(suite)
  const path = (orderId: string) => `/store/orders/${orderId}/invoice-requests`

  it("a buyer requests a 普票 of a paid order; an unpaid order is refused; others get 404", async () => {
    const buyer = await customer("invoice-buyer1@example.cn")
    const other = await customer("invoice-other1@example.cn")
    const paid = await order(buyer)
    const unpaid = await order(buyer, { paid: false })

    const before = await call("GET", path(paid.id), buyer)
    expect(before.status).toBe(200)
    expect(before.data.invoice_requests).toEqual([])
    const total = before.data.invoiceable.paid as string
    expect(before.data.invoiceable).toEqual({
      paid: total,
      refunded: "0.00",
      requested: "0.00",
      available: total,
    })

    const created = await call("POST", path(paid.id), buyer, normalBody(total))
    expect(created.status, JSON.stringify(created.data)).toBe(201)
    expect(created.data.invoice_request).toMatchObject({
      order_id: paid.id,
      kind: "normal",
      status: "pending",
      amount: total,
      tax_id: creditCode(777),
      has_file: false,
    })
    const after = await call("GET", path(paid.id), buyer)
    expect(after.data.invoice_requests.map((r: any) => r.id)).toEqual([
      created.data.invoice_request.id,
    ])
    expect(after.data.invoiceable.available).toBe("0.00")

    const refused = await call("POST", path(unpaid.id), buyer, normalBody("1.00"))
    expect(refused.status).toBe(400)
    expect(refused.data.message).toContain("尚未付款")

    // another buyer, a stranger, a forged bearer: the order is no order of theirs
    for (const auth of [other, undefined, { headers: { authorization: "Bearer forged" } }]) {
      expect((await call("GET", path(paid.id), auth)).status).toBe(404)
      expect((await call("POST", path(paid.id), auth, normalBody("1.00"))).status).toBe(404)
      const file = `${path(paid.id)}/${created.data.invoice_request.id}/file`
      expect((await call("GET", file, auth)).status).toBe(404)
    }
    // fields= expands nothing
    expect((await call("GET", `${path(paid.id)}?fields=*order`, buyer)).status).toBe(400)
  })

  it("an invoice cannot exceed what is left after refunds and earlier requests, to the fen", async () => {
    const buyer = await customer("invoice-buyer2@example.cn")
    const paid = await order(buyer)
    await refund(paid.id, 1.07)
    const { data } = await call("GET", path(paid.id), buyer)
    expect(data.invoiceable.refunded).toBe("1.07")
    const left = data.invoiceable.available as string
    const fen = (s: string) => Math.round(Number(s) * 100)
    expect(fen(left)).toBe(fen(data.invoiceable.paid) - 107)
    const yuan = (f: number) => (f / 100).toFixed(2)

    const over = await call("POST", path(paid.id), buyer, normalBody(yuan(fen(left) + 1)))
    expect(over.status).toBe(400)
    expect(over.data.message).toContain(`可开票金额 ¥${left}`)

    const part = await call("POST", path(paid.id), buyer, normalBody(yuan(fen(left) - 500)))
    expect(part.status, JSON.stringify(part.data)).toBe(201)
    const rest = await call("POST", path(paid.id), buyer, normalBody("5.01"))
    expect(rest.status).toBe(400)
    const exact = await call("POST", path(paid.id), buyer, normalBody("5.00"))
    expect(exact.status, JSON.stringify(exact.data)).toBe(201)
    expect((await call("POST", path(paid.id), buyer, normalBody("0.01"))).status).toBe(400)

    // two requests at once for the same money: exactly one is written
    const again = await order(buyer)
    const all = (await call("GET", path(again.id), buyer)).data.invoiceable.available
    const racing = await Promise.all(
      [0, 1, 2].map(() => call("POST", path(again.id), buyer, normalBody(all)))
    )
    expect(racing.map((r) => r.status).sort()).toEqual([201, 400, 400])
  })

  it("a 专票 needs its bank details; a bad credit code says which check failed", async () => {
    const buyer = await customer("invoice-buyer3@example.cn")
    const paid = await order(buyer)
    const noBank = await call(
      "POST",
      path(paid.id),
      buyer,
      normalBody("1.00", {
        kind: "special",
        registered_address: specialDetails.registered_address,
        registered_phone: specialDetails.registered_phone,
      })
    )
    expect(noBank.status).toBe(400)
    expect(noBank.data.message).toContain("开户银行")
    expect(noBank.data.message).toContain("银行账号")

    const badCode = await call(
      "POST",
      path(paid.id),
      buyer,
      normalBody("1.00", { tax_id: badCheckDigit(creditCode(777)) })
    )
    expect(badCode.status).toBe(400)
    expect(badCode.data.message).toContain("校验位")
    const short = await call("POST", path(paid.id), buyer, normalBody("1.00", { tax_id: "9144" }))
    expect(short.status).toBe(400)
    expect(short.data.message).toContain("18 位")

    for (const amount of ["0", "-1", "1.001", "abc"]) {
      expect((await call("POST", path(paid.id), buyer, normalBody(amount))).status).toBe(400)
    }
    const special = await call(
      "POST",
      path(paid.id),
      buyer,
      normalBody("1.00", { kind: "special", ...specialDetails })
    )
    expect(special.status, JSON.stringify(special.data)).toBe(201)
    expect(special.data.invoice_request.bank_account).toBe("44250101040012345")
    // nothing was written by the refused ones
    expect((await call("GET", path(paid.id), buyer)).data.invoice_requests).toHaveLength(1)
  })

  it("the support team issues it with number, date and PDF; the buyer downloads it; a refund flags it", async () => {
    const buyer = await customer("invoice-buyer4@example.cn")
    const paid = await order(buyer)
    const { data } = await call("GET", path(paid.id), buyer)
    const created = await call("POST", path(paid.id), buyer, normalBody(data.invoiceable.available))
    const id = created.data.invoice_request.id

    const queue = await adminCall("GET", "/admin/invoice-requests?status=pending")
    expect(queue.status).toBe(200)
    expect(queue.data.invoice_requests.map((r: any) => r.id)).toContain(id)
    // found by the order's id or a part of the 抬头; not by another status; unknown filters refused
    const byOrder = await adminCall("GET", `/admin/invoice-requests?q=${paid.id}`)
    expect(byOrder.data.invoice_requests.map((r: any) => r.id)).toEqual([id])
    const byTitle = await adminCall("GET", `/admin/invoice-requests?q=${encodeURIComponent("李")}`)
    expect(byTitle.data.invoice_requests.map((r: any) => r.id)).toContain(id)
    const issuedOnly = await adminCall("GET", "/admin/invoice-requests?status=issued")
    expect(issuedOnly.data.invoice_requests.map((r: any) => r.id)).not.toContain(id)
    expect((await adminCall("GET", "/admin/invoice-requests?status=done")).status).toBe(400)
    expect((await adminCall("GET", "/admin/invoice-requests?fields=*order")).status).toBe(400)
    const detail = await adminCall("GET", `/admin/invoice-requests/${id}`)
    expect(detail.data.invoiceable.available).toBe("0.00")

    // no file before issuing; a bad number or a future day is refused
    expect((await upload(id, PDF)).status).toBe(400)
    const bad = await adminCall("POST", `/admin/invoice-requests/${id}/issue`, {
      number: "12",
      issued_on: "2026-11-30",
    })
    expect(bad.status).toBe(400)
    const future = await adminCall("POST", `/admin/invoice-requests/${id}/issue`, {
      number: "44001234",
      issued_on: "2099-01-01",
    })
    expect(future.status).toBe(400)
    expect(future.data.message).toContain("不能晚于今天")

    const issued = await adminCall("POST", `/admin/invoice-requests/${id}/issue`, {
      number: "24442000000012345678",
      issued_on: "2026-11-30",
    })
    expect(issued.status, JSON.stringify(issued.data)).toBe(200)
    expect(issued.data.invoice_request).toMatchObject({
      status: "issued",
      number: "24442000000012345678",
      issued_on: "2026-11-30",
    })
    const twice = await adminCall("POST", `/admin/invoice-requests/${id}/issue`, {
      number: "24442000000012345679",
      issued_on: "2026-11-30",
    })
    expect(twice.status).toBe(400)

    expect((await upload(id, Buffer.from("not a pdf"))).status).toBe(400)
    const attached = await upload(id, PDF)
    expect(attached.status, JSON.stringify(attached.data)).toBe(200)
    expect(attached.data.invoice_request.has_file).toBe(true)

    const file = await download(`${path(paid.id)}/${id}/file`, buyer)
    expect(file.status).toBe(200)
    expect(file.headers["content-type"]).toContain("application/pdf")
    expect(Buffer.from(file.data).equals(PDF)).toBe(true)

    await refund(paid.id, 2)
    const flagged = await statusBecomes(id, "needs_reversal")
    expect(flagged.invoice_request.flagged_at).toBeTruthy()
    expect(flagged.invoiceable.refunded).toBe("2.00")
    const listed = await adminCall("GET", "/admin/invoice-requests?status=needs_reversal")
    expect(listed.data.invoice_requests.map((r: any) => r.id)).toEqual([id])

    const reversed = await adminCall("POST", `/admin/invoice-requests/${id}/reverse`)
    expect(reversed.status).toBe(200)
    expect(reversed.data.invoice_request.status).toBe("reversed")
    // reversed, its money may be invoiced again: what was paid less the refund
    const now = (await call("GET", path(paid.id), buyer)).data.invoiceable
    expect(now.requested).toBe("0.00")
    expect(Number(now.available)).toBeCloseTo(Number(now.paid) - 2, 2)
    expect((await adminCall("POST", `/admin/invoice-requests/${id}/reverse`)).status).toBe(400)
    expect((await adminCall("GET", "/admin/invoice-requests/invreq_nope")).status).toBe(404)
  })
})
