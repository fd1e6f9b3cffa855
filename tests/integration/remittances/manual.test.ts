/**
 * 汇款认领 by hand over HTTP: a bank credit recorded with its 附言 is matched
 * to the 对公转账 order its reference names. Exact from the expected payer:
 * captured, the order paid, the ledger's sale entries and the farm's lines
 * follow; under- and over-payments flagged, nothing captured; another payer
 * name waits for a person's confirmation; a 流水号 is applied once; unmatched
 * credits are matched by hand. Only the support team can do any of it.
 */
import { shopSuite } from "../../fixtures/http"
import { failure } from "../../fixtures/medusa"
import { demoFarmHeaders } from "../../fixtures/farm"
import { eventually, syncLedger } from "../../fixtures/orders"
import { fen, placeTransferOrder, WITHOUT_STRIPE, yuan } from "../../fixtures/bank-transfer"
import { chinaToday, loosely, paidState } from "../../fixtures/remittances"

shopSuite({ env: WITHOUT_STRIPE }, ({ api, getContainer, admin, store }) => {
  const record = (body: Record<string, unknown>) => api.post("/admin/remittances", body, admin)
  const transferOrder = () => placeTransferOrder(api, getContainer(), store, admin)
  const credit = (reference: string, amount: string, over: Record<string, unknown> = {}) => ({
    amount,
    payer_name: "李明",
    paid_at: chinaToday(),
    remark: loosely(reference),
    ...over,
  })

  it("an exact credit from the buyer captures the order: paid, in the ledger, on the farm's list", async () => {
    const farm = await demoFarmHeaders(api)
    const { order, payment } = await transferOrder()
    expect((await api.get("/admin/farm/order-lines", farm)).data.order_lines).toEqual([])

    const { data, status } = await record(
      credit(payment.data.reference, String(order.total), {
        payer_name: " 李 明 ",
        bank_serial: "ICBC20261201000001",
        payer_account: "6222 0200 1234 5678",
        bank: "中国工商银行广州天河支行",
      })
    )
    expect(status).toBe(200)
    expect(data.remittance).toMatchObject({
      id: expect.stringMatching(/^rmt_/),
      status: "matched",
      reason: null,
      amount: yuan(fen(order.total)),
      payer_name: "李 明",
      paid_on: chinaToday(),
      bank_serial: "ICBC20261201000001",
      source: "manual",
      reference: payment.data.reference,
      target: { kind: "order", id: order.id },
      expected_amount: yuan(fen(order.total)),
      captured_amount: yuan(fen(order.total)),
      payment_ids: [payment.id],
      recorded_by: expect.any(String),
    })
    const paid = await paidState(api, admin, order.id)
    expect(paid.payment_status).toBe("captured")
    expect(paid.receipts).toMatchObject([
      {
        amount: yuan(fen(order.total)),
        outcome: "paid",
        note: expect.stringContaining(data.remittance.id),
      },
    ])

    // the ledger records the sale (paid money only) and the farm now sees its line
    const entries = await eventually(async () => {
      const { data } = await api.get(`/admin/aid/entries?order_id=${order.id}`, admin)
      return data.entries.length === 2 && data.entries
    })
    expect(entries.every((e: any) => e.kind === "sale")).toBe(true)
    const lines = (await api.get("/admin/farm/order-lines", farm)).data.order_lines
    expect(lines.map((l: any) => l.order_id)).toEqual([order.id])

    // read back, listed under its status and found by serial
    const one = (await api.get(`/admin/remittances/${data.remittance.id}`, admin)).data
    expect(one.remittance).toEqual(data.remittance)
    const list = (await api.get("/admin/remittances?status=matched&q=ICBC2026", admin)).data
    expect(list).toMatchObject({ count: 1, limit: 50, offset: 0 })
    expect(list.remittances[0].id).toBe(data.remittance.id)
    expect((await api.get("/admin/remittances?status=unmatched", admin)).data.count).toBe(0)

    // the same 流水号 again: already recorded, nothing applied twice
    const again = await failure(
      record(
        credit(payment.data.reference, String(order.total), { bank_serial: " ICBC20261201000001 " })
      )
    )
    expect(again.status).toBe(422)
    expect(again.data.message).toMatch(/already recorded/)
    expect((await paidState(api, admin, order.id)).receipts).toHaveLength(1)
    // a second credit (no serial) for the paid order is flagged, not captured
    const twice = (await record(credit(payment.data.reference, String(order.total)))).data
      .remittance
    expect(twice).toMatchObject({
      status: "unmatched",
      reason: "already_paid",
      captured_amount: "0.00",
    })
    expect((await paidState(api, admin, order.id)).receipts).toHaveLength(1)
  })

  it("flags an underpaying and an overpaying credit and captures nothing: nothing ships", async () => {
    const farm = await demoFarmHeaders(api)
    const { order, payment } = await transferOrder()
    const due = fen(order.total)
    const under = (await record(credit(payment.data.reference, yuan(due - 1)))).data.remittance
    expect(under).toMatchObject({
      status: "underpaid",
      expected_amount: yuan(due),
      captured_amount: "0.00",
      payment_ids: [],
      target: { kind: "order", id: order.id },
    })
    const over = (await record(credit(payment.data.reference, yuan(due + 100)))).data.remittance
    expect(over).toMatchObject({ status: "overpaid", captured_amount: "0.00" })
    const state = await paidState(api, admin, order.id)
    expect(state).toEqual({ payment_status: "authorized", receipts: [] })
    await syncLedger(getContainer(), [order.id])
    expect((await api.get(`/admin/aid/entries?order_id=${order.id}`, admin)).data.entries).toEqual(
      []
    )
    expect((await api.get("/admin/farm/order-lines", farm)).data.order_lines).toEqual([])
    const flagged = (await api.get("/admin/remittances?status=underpaid", admin)).data.remittances
    expect(flagged.map((r: any) => r.id)).toEqual([under.id])
    // confirming is for a payer name only
    expect(
      (await failure(api.post(`/admin/remittances/${under.id}/confirm`, {}, admin))).status
    ).toBe(400)
  })

  it("waits for a person when the payer's name differs, then the confirmation captures", async () => {
    const { order, payment } = await transferOrder()
    const { data } = await record(
      credit(payment.data.reference, String(order.total), { payer_name: "广州某某贸易有限公司" })
    )
    expect(data.remittance).toMatchObject({
      status: "name_mismatch",
      expected_payer: "李明",
      captured_amount: "0.00",
    })
    expect((await paidState(api, admin, order.id)).payment_status).toBe("authorized")

    const { data: confirmed } = await api.post(
      `/admin/remittances/${data.remittance.id}/confirm`,
      {},
      admin
    )
    expect(confirmed.remittance).toMatchObject({
      status: "matched",
      captured_amount: yuan(fen(order.total)),
      confirmed_by: expect.any(String),
      confirmed_at: expect.any(String),
    })
    const state = await paidState(api, admin, order.id)
    expect(state.payment_status).toBe("captured")
    expect(state.receipts.map((r: any) => r.payer_name)).toEqual(["广州某某贸易有限公司"])
    const again = await failure(
      api.post(`/admin/remittances/${data.remittance.id}/confirm`, {}, admin)
    )
    expect(again.status).toBe(400)
    expect(again.data.message).toMatch(/only a remittance that is name_mismatch/)
  })

  it("keeps a credit without a reference in the queue until a person matches it by hand", async () => {
    const { order, payment } = await transferOrder()
    const { data } = await record({
      amount: String(order.total),
      payer_name: "李明",
      paid_at: `${chinaToday()}T09:15:00+08:00`,
      remark: "工会慰问品货款",
    })
    expect(data.remittance).toMatchObject({
      status: "unmatched",
      reason: "no_reference",
      reference: null,
      target: null,
      paid_at: expect.stringMatching(/T01:15:00/),
    })
    const queue = (await api.get("/admin/remittances?status=unmatched&q=慰问", admin)).data
    expect(queue.remittances.map((r: any) => r.id)).toEqual([data.remittance.id])

    const match = (reference: string) =>
      api.post(`/admin/remittances/${data.remittance.id}/match`, { reference }, admin)
    const unknown = await failure(match("MX20200101ABCDEF"))
    expect(unknown.status).toBe(400)
    expect(unknown.data.message).toMatch(/参考号不存在/)
    expect(
      (await api.get(`/admin/remittances/${data.remittance.id}`, admin)).data.remittance.status
    ).toBe("unmatched")

    const { data: matched } = await match(
      payment.data.reference.toLowerCase().replace(/(.{4})/g, "$1 ")
    )
    expect(matched.remittance).toMatchObject({
      status: "matched",
      reference: payment.data.reference,
      confirmed_by: expect.any(String),
    })
    expect((await paidState(api, admin, order.id)).payment_status).toBe("captured")
    expect((await failure(match(payment.data.reference))).status).toBe(400)
  })

  it("never captures a cancelled order's payment: the credit is flagged and cannot be matched to it", async () => {
    const { order, payment } = await transferOrder()
    await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
    const { data } = await record(credit(payment.data.reference, String(order.total)))
    expect(data.remittance).toMatchObject({
      status: "unmatched",
      reason: "canceled",
      reference: payment.data.reference,
      target: { kind: "order", id: order.id },
      captured_amount: "0.00",
    })
    const match = await failure(
      api.post(
        `/admin/remittances/${data.remittance.id}/match`,
        { reference: payment.data.reference },
        admin
      )
    )
    expect(match.status).toBe(400)
    expect(match.data.message).toMatch(/订单已取消/)
    expect((await paidState(api, admin, order.id)).receipts).toEqual([])
  })

  it("refuses bad input with a reason and lets no farm account near the queue", async () => {
    const bad = async (body: Record<string, unknown>, reason: RegExp) => {
      const response = await failure(record(body))
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(response.data.message).toMatch(reason)
    }
    const ok = { amount: "10.00", payer_name: "甲", paid_at: chinaToday(), remark: "" }
    await bad({ ...ok, amount: "-1" }, /amount/)
    await bad({ ...ok, amount: "1.234" }, /amount/)
    await bad({ ...ok, payer_name: " " }, /payer_name/)
    await bad({ ...ok, paid_at: "2999-01-01" }, /future/)
    await bad({ ...ok, paid_at: "2026-02-30" }, /paid_at/)
    await bad({ ...ok, remark: undefined }, /remark/)
    await bad({ ...ok, extra: 1 }, /extra|Unrecognized/i)
    expect((await failure(api.get("/admin/remittances/rmt_NOPE", admin))).status).toBe(404)
    expect((await failure(api.get("/admin/remittances?status=paid", admin))).status).toBe(400)

    const farm = await demoFarmHeaders(api)
    const { data } = await record({ ...ok, remark: "无参考号" })
    const id = data.remittance.id
    for (const request of [
      () => api.get("/admin/remittances", farm),
      () => api.get(`/admin/remittances/${id}`, farm),
      () => api.post("/admin/remittances", ok, farm),
      () => api.post("/admin/remittances/import", {}, farm),
      () => api.post(`/admin/remittances/${id}/confirm`, {}, farm),
      () => api.post(`/admin/remittances/${id}/match`, { reference: "MX20261129K7QF3P" }, farm),
    ]) {
      expect((await failure(request())).status).toBe(403)
    }
    expect((await api.get("/admin/remittances", admin)).data.count).toBe(1)
  })
})
