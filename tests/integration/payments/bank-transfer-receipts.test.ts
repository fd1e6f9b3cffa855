/**
 * 确认到账 over HTTP: the support team records the money that arrived for a
 * 对公转账 order (amount and 户名); part of it is recorded and flagged, the
 * rest captures the payment (the order is paid), more than due is captured
 * and flagged. Orders are found by reference in Medusa's own order list.
 * Only the support team can do any of it.
 */
import { shopSuite } from "../../fixtures/http"
import { failure } from "../../fixtures/medusa"
import { demoFarmHeaders } from "../../fixtures/farm"
import { placeOrder } from "../../fixtures/orders"
import { fen, placeTransferOrder, WITHOUT_STRIPE, yuan } from "../../fixtures/bank-transfer"

shopSuite({ env: WITHOUT_STRIPE }, ({ api, getContainer, admin, store }) => {
  const receipt = (paymentId: string, body: Record<string, unknown>) =>
    api.post(`/admin/bank-transfer/payments/${paymentId}/receipts`, body, admin)
  const transferOf = async (orderId: string) =>
    (await api.get(`/admin/bank-transfer/payments?order_id=${orderId}`, admin)).data.payments[0]
  const paymentStatus = async (orderId: string) =>
    (await api.get(`/admin/orders/${orderId}?fields=payment_status`, admin)).data.order
      .payment_status
  const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)

  it("records a partial receipt flagged 部分到账 without capturing, then the rest captures the payment and the order is paid", async () => {
    const { order, payment, cartId, headers } = await placeTransferOrder(
      api,
      getContainer(),
      store,
      admin,
      { mobile: "13900139000" }
    )
    const due = fen(order.total)
    const first = yuan(Math.floor(due / 2))
    const rest = yuan(due - Math.floor(due / 2))

    const { data: partial, status } = await receipt(payment.id, {
      amount: first,
      payer_name: " 广州市天河区机关事务管理局 ",
      received_on: chinaToday(),
      note: "工行网银，附言已核对",
    })
    expect(status).toBe(200)
    expect(partial.receipt).toMatchObject({
      amount: first,
      payer_name: "广州市天河区机关事务管理局",
      received_on: chinaToday(),
      note: "工行网银，附言已核对",
      outcome: "partial",
      recorded_by: { id: expect.any(String), email: "admin@meixian-aid.cn" },
      recorded_at: expect.any(String),
    })
    expect(partial.payment).toMatchObject({
      id: payment.id,
      state: "awaiting_transfer",
      partially_received: true,
      amount: yuan(due),
      received_amount: first,
      outstanding_amount: rest,
      overpaid_amount: "0.00",
      captured_at: null,
    })
    expect(await paymentStatus(order.id)).toBe("authorized")

    // the 对公转账 list: 部分到账 among what is still awaited, with buyer, deadline and receipts
    const listed = async (state: string) =>
      (
        await api.get(`/admin/bank-transfer/payments?state=${state}&limit=200`, admin)
      ).data.payments.map((p: any) => p.id)
    expect(await listed("partially_received")).toContain(payment.id)
    expect(await listed("awaiting_transfer")).toContain(payment.id)
    const row = await transferOf(order.id)
    expect(row).toMatchObject({
      reference: payment.data.reference,
      deadline_at: payment.data.deadline_at,
      receipt_count: 1,
      order: {
        id: order.id,
        display_id: order.display_id,
        email: "buyer@example.cn",
        contact: "13900139000",
        recipient: "李明",
      },
    })
    expect(row.receipts.map((r: any) => r.amount)).toEqual([first])
    // the instructions tell the buyer what is still to pay
    const instructions = (
      await api.get(`/store/bank-transfer/instructions?cart_id=${cartId}`, headers)
    ).data.bank_transfer
    expect(instructions).toMatchObject({
      state: "awaiting_transfer",
      received_amount: first,
      outstanding_amount: rest,
    })

    const { data: paid } = await receipt(payment.id, {
      amount: rest,
      payer_name: "广州市天河区机关事务管理局",
    })
    expect(paid.receipt.outcome).toBe("paid")
    expect(paid.payment).toMatchObject({
      state: "received",
      partially_received: false,
      received_amount: yuan(due),
      outstanding_amount: "0.00",
      captured_at: expect.any(String),
    })
    expect(await paymentStatus(order.id)).toBe("captured")
    expect(await listed("received")).toContain(payment.id)
    expect(await listed("awaiting_transfer")).not.toContain(payment.id)

    // nothing more on a payment already received
    const again = await failure(
      receipt(payment.id, { amount: "1.00", payer_name: "广州市天河区机关事务管理局" })
    )
    expect(again.status).toBe(400)
    expect(again.data.message).toMatch(/already received/)
    expect((await transferOf(order.id)).receipt_count).toBe(2)
  })

  it("captures an over-payment and flags the excess (多付)", async () => {
    const { order, payment } = await placeTransferOrder(api, getContainer(), store, admin)
    const { data } = await receipt(payment.id, {
      amount: yuan(fen(order.total) + 550),
      payer_name: "梅州市梅县区总工会",
    })
    expect(data.receipt.outcome).toBe("overpaid")
    expect(data.payment).toMatchObject({
      state: "received",
      overpaid_amount: "5.50",
      outstanding_amount: "0.00",
    })
    expect(await paymentStatus(order.id)).toBe("captured")
  })

  it("captures once when two people confirm the same transfer at the same moment; the other is refused", async () => {
    const { order, payment } = await placeTransferOrder(api, getContainer(), store, admin)
    const body = { amount: yuan(fen(order.total)), payer_name: "梅州市梅县区总工会" }
    const answers = await Promise.allSettled([receipt(payment.id, body), receipt(payment.id, body)])
    expect(answers.filter((a) => a.status === "fulfilled").length).toBe(1)
    const refused = answers.find((a) => a.status === "rejected") as PromiseRejectedResult
    expect(refused.reason.response.status).toBe(400)
    expect(refused.reason.response.data.message).toMatch(/already received/)
    const row = await transferOf(order.id)
    expect(row).toMatchObject({
      state: "received",
      receipt_count: 1,
      received_amount: body.amount,
      overpaid_amount: "0.00",
    })
    const { data } = await api.get(
      `/admin/orders/${order.id}?fields=*payment_collections.payments.captures`,
      admin
    )
    expect(data.order.payment_collections[0].payments[0].captures.length).toBe(1)
  })

  it("refuses Medusa's own capture of a bank transfer (收取支付): the money is confirmed with its receipts only", async () => {
    const { order, payment } = await placeTransferOrder(api, getContainer(), store, admin)
    for (const body of [{}, { amount: Number(order.total) }]) {
      const refused = await failure(api.post(`/admin/payments/${payment.id}/capture`, body, admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain(`/admin/bank-transfer/payments/${payment.id}/receipts`)
      expect(refused.data.message).toContain("确认到账")
    }
    expect(await paymentStatus(order.id)).toBe("authorized")
    expect(await transferOf(order.id)).toMatchObject({
      state: "awaiting_transfer",
      receipt_count: 0,
    })

    // other providers' payments are still captured the usual way
    const card = await placeOrder(api, getContainer(), store, {
      lines: [{ handle: "bingcun-soilless-cherry-tomato", quantity: 1 }],
    })
    const { data } = await api.get(
      `/admin/orders/${card.id}?fields=*payment_collections.payments`,
      admin
    )
    const other = data.order.payment_collections[0].payments[0]
    expect((await api.post(`/admin/payments/${other.id}/capture`, {}, admin)).status).toBe(200)
    expect(await paymentStatus(card.id)).toBe("captured")
  })

  it("refuses receipts on a canceled order, an unknown payment and a payment that is not a bank transfer", async () => {
    const { order, payment } = await placeTransferOrder(api, getContainer(), store, admin)
    await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
    const canceled = await failure(receipt(payment.id, { amount: "10.00", payer_name: "某公司" }))
    expect(canceled.status).toBe(400)
    expect(canceled.data.message).toMatch(/canceled/)

    expect(
      (await failure(receipt("pay_nope", { amount: "10.00", payer_name: "某公司" }))).status
    ).toBe(404)
    const card = await placeOrder(api, getContainer(), store, {
      lines: [{ handle: "bingcun-soilless-cherry-tomato", quantity: 1 }],
    })
    const { data } = await api.get(
      `/admin/orders/${card.id}?fields=*payment_collections.payments`,
      admin
    )
    const other = data.order.payment_collections[0].payments[0]
    expect(
      (await failure(receipt(other.id, { amount: "10.00", payer_name: "某公司" }))).status
    ).toBe(404)
  })

  it("answers 400 with a clear message for a negative, zero or over-precise amount, a missing payer and other bad input, recording nothing", async () => {
    const { order, payment } = await placeTransferOrder(api, getContainer(), store, admin)
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ amount: "-5.00", payer_name: "某公司" }, /positive amount/],
      [{ amount: -5, payer_name: "某公司" }, /positive amount/],
      [{ amount: "0", payer_name: "某公司" }, /more than zero/],
      [{ amount: "0.00", payer_name: "某公司" }, /more than zero/],
      [{ amount: "12.345", payer_name: "某公司" }, /two decimals/],
      [{ amount: "1e3", payer_name: "某公司" }, /two decimals/],
      [{ amount: "10.00" }, /payer_name/],
      [{ amount: "10.00", payer_name: "   " }, /payer_name/],
      [{ payer_name: "某公司" }, /amount/],
      [{ amount: { value: 10 }, payer_name: "某公司" }, /amount/],
      [{ amount: "10.00", payer_name: "某\u0000公司" }, /control characters/],
      [{ amount: "10.00", payer_name: "某公司", received_on: "2026-02-30" }, /calendar date/],
      [{ amount: "10.00", payer_name: "某公司", received_on: "2999-01-01" }, /future/],
      [{ amount: "10.00", payer_name: "某公司", captured: true }, /captured|Unrecognized/i],
    ]
    for (const [body, message] of bad) {
      const answer = await failure(receipt(payment.id, body))
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(answer.data.message, JSON.stringify(body)).toMatch(message)
    }
    expect(await transferOf(order.id)).toMatchObject({
      receipt_count: 0,
      received_amount: "0.00",
      state: "awaiting_transfer",
    })
    expect((await failure(api.get("/admin/bank-transfer/payments?q=%00", admin))).status).toBe(400)
    expect(
      (await failure(api.get("/admin/bank-transfer/payments?state=partly", admin))).status
    ).toBe(400)
  })

  it("finds an order by its reference code in Medusa's order list search, typed any way", async () => {
    const { order, payment } = await placeTransferOrder(api, getContainer(), store, admin)
    await placeTransferOrder(api, getContainer(), store, admin)
    const search = async (q: string) =>
      (await api.get(`/admin/orders?q=${encodeURIComponent(q)}&fields=id,display_id`, admin)).data
    const typed = payment.data.reference
      .toLowerCase()
      .replace(/(.{4})/g, "$1 ")
      .trim()
    for (const q of [payment.data.reference, typed]) {
      const found = await search(q)
      expect(found.count, q).toBe(1)
      expect(found.orders.map((o: any) => o.id)).toEqual([order.id])
    }
    expect((await search("MX20990101ABCDEF")).count).toBe(0)
    // the 对公转账 page's own search: part of the code, or the order number
    const { data: partial } = await api.get(
      `/admin/bank-transfer/payments?q=${payment.data.reference.slice(-6).toLowerCase()}`,
      admin
    )
    expect(partial.payments.map((p: any) => p.id)).toEqual([payment.id])
    const { data: byNumber } = await api.get(
      `/admin/bank-transfer/payments?q=${encodeURIComponent(`#${order.display_id}`)}`,
      admin
    )
    expect(byNumber.payments.map((p: any) => p.id)).toContain(payment.id)
  })

  it("lets only the support team read bank transfers, record receipts or search orders by reference", async () => {
    const { payment } = await placeTransferOrder(api, getContainer(), store, admin)
    const farm = await demoFarmHeaders(api)
    const calls = [
      () => api.get("/admin/bank-transfer/payments", farm),
      () => api.get(`/admin/bank-transfer/payments?reference=${payment.data.reference}`, farm),
      () =>
        api.post(
          `/admin/bank-transfer/payments/${payment.id}/receipts`,
          { amount: "1.00", payer_name: "农场" },
          farm
        ),
      () => api.get(`/admin/orders?q=${payment.data.reference}`, farm),
    ]
    for (const call of calls) expect((await failure(call())).status).toBe(403)
    expect(
      (
        await failure(
          api.post(`/admin/bank-transfer/payments/${payment.id}/receipts`, {
            amount: "1.00",
            payer_name: "某人",
          })
        )
      ).status
    ).toBe(401)
    expect(
      (
        await failure(
          api.post(
            `/admin/bank-transfer/payments/${payment.id}/receipts`,
            { amount: "1.00", payer_name: "某人" },
            store
          )
        )
      ).status
    ).toBe(401)
    expect((await api.get(`/admin/bank-transfer/payments?order_id=nope`, admin)).data.count).toBe(0)
    expect(
      (await api.get(`/admin/bank-transfer/payments?reference=${payment.data.reference}`, admin))
        .data.payments[0].receipt_count
    ).toBe(0)
  })
})
