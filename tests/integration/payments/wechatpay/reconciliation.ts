/**
 * 支付对账 against the WeChat Pay stand-in: the job and the admin compare
 * the provider's trade bill of a day with the shop's captures; a payment the
 * shop never heard of (a lost notification) and an amount that differs are
 * reported, an agreeing payment is not; a resolved difference stays resolved
 * when the day is compared again. Support team only; bad input 400.
 */
import type { ShopSuite } from "../../../fixtures/http"
import { failure } from "../../../fixtures/medusa"
import { eventually } from "../../../fixtures/orders"
import { orderOfCartIn } from "../../../fixtures/stripe/checkout"
import type { WechatPayStandIn } from "../../../fixtures/wechatpay"
import { wechatCartOf } from "../../../fixtures/wechatpay/checkout"
import paymentReconciliationJob from "../../../../backend/src/jobs/payment-reconciliation"
import { chinaDay } from "../../../../backend/src/shared/china-time"

const LINES = [{ handle: "shejiang-simiao-rice", quantity: 1 }]

export function paymentReconciliationTests(
  { api, getContainer, admin, store }: ShopSuite,
  standIn: WechatPayStandIn
) {
  const yesterday = new Date(Date.now() - 24 * 3600_000)
  const billDate = chinaDay(yesterday)
  beforeAll(() => {
    // the payers paid yesterday: the trades are on yesterday's bill
    standIn.state.now = () => yesterday
  })

  const paidOrder = async () => {
    const { cartId, session } = await wechatCartOf(api, getContainer(), store, LINES)
    expect((await standIn.pay(session.data.out_trade_no))!.status).toBe(200)
    const orderId = await eventually(() => orderOfCartIn(getContainer(), cartId), 30_000)
    await eventually(async () => {
      const { data } = await api.get(`/admin/orders/${orderId}?fields=payment_status`, admin)
      return data.order.payment_status === "captured"
    })
    return { orderId, no: session.data.out_trade_no as string }
  }

  it("reports a payment the shop never recorded and an amount that differs, by the job and the admin", async () => {
    const agreeing = await paidOrder()
    const differing = await paidOrder()
    // WeChat Pay's bill says more than the shop captured
    standIn.state.orders.get(differing.no)!.amount_fen += 100
    // a payer pays, and the notification never reaches the shop
    standIn.autoDeliver = false
    const { session: lost } = await wechatCartOf(api, getContainer(), store, LINES)
    await standIn.pay(lost.data.out_trade_no)
    standIn.autoDeliver = true

    await paymentReconciliationJob(getContainer())
    const { data: list } = await api.get("/admin/payment-reconciliations", admin)
    expect(list.providers).toEqual(["wechatpay"])
    const byJob = list.runs.find((r: any) => r.bill_date === billDate)
    expect(byJob).toMatchObject({
      provider: "wechatpay",
      status: "differences",
      trigger: "job",
      bill_count: 3,
      shop_count: 2,
      difference_count: 2,
      unresolved_count: 2,
    })
    const { data } = await api.get(`/admin/payment-reconciliations/${byJob.id}`, admin)
    const differences = data.run.differences
    expect(differences.map((d: any) => d.out_trade_no).sort()).toEqual(
      [differing.no, lost.data.out_trade_no].sort()
    )
    const missing = differences.find((d: any) => d.out_trade_no === lost.data.out_trade_no)
    expect(missing).toMatchObject({
      kind: "missing_in_shop",
      direction: "payment",
      shop_amount: null,
      order_id: null,
      transaction_id: expect.any(String),
    })
    const mismatch = differences.find((d: any) => d.out_trade_no === differing.no)
    const shopAmount = Number(mismatch.shop_amount)
    expect(mismatch).toMatchObject({
      kind: "amount_mismatch",
      order_id: differing.orderId,
      bill_amount: (shopAmount + 1).toFixed(2),
    })
    expect(differences.some((d: any) => d.out_trade_no === agreeing.no)).toBe(false)
    expect(Number(data.run.bill_total) - Number(data.run.shop_total)).toBeCloseTo(
      Number(missing.bill_amount) + 1,
      2
    )

    // the job leaves a day it has read alone
    await paymentReconciliationJob(getContainer())
    const { data: again } = await api.get(`/admin/payment-reconciliations/${byJob.id}`, admin)
    expect(again.run.updated_at).toBe(data.run.updated_at)

    // resolved with a note, then compared again by the admin: it stays resolved, the other is raised again
    const { data: resolved } = await api.post(
      `/admin/payment-reconciliations/${byJob.id}/differences/${missing.id}/resolve`,
      { note: "已在商户平台核实，补录收款" },
      admin
    )
    expect(resolved.run.unresolved_count).toBe(1)
    const twice = await failure(
      api.post(
        `/admin/payment-reconciliations/${byJob.id}/differences/${missing.id}/resolve`,
        { note: "再次处理" },
        admin
      )
    )
    expect(twice.status).toBe(400)
    const { data: rerun } = await api.post(
      "/admin/payment-reconciliations",
      { provider: "wechatpay", bill_date: billDate },
      admin
    )
    expect(rerun.run).toMatchObject({ id: byJob.id, trigger: "admin", unresolved_count: 1 })
    expect(rerun.run.differences).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          out_trade_no: lost.data.out_trade_no,
          resolution_note: "已在商户平台核实，补录收款",
        }),
        expect.objectContaining({ out_trade_no: differing.no, resolved_at: null }),
      ])
    )
    expect(rerun.run.differences).toHaveLength(2)
  })

  it("refuses what cannot be compared and answers 404 for what does not exist", async () => {
    const today = chinaDay(new Date())
    for (const body of [
      { provider: "wechatpay", bill_date: today },
      { provider: "wechatpay", bill_date: "2026-02-30" },
      { provider: "alipay", bill_date: billDate },
      { provider: "unionpay", bill_date: billDate },
      { provider: "wechatpay", bill_date: billDate, extra: 1 },
    ]) {
      const refused = await failure(api.post("/admin/payment-reconciliations", body, admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBeTruthy()
    }
    for (const path of [
      "/admin/payment-reconciliations/prec_NOPE",
      "/admin/payment-reconciliations/not-an-id",
    ]) {
      expect((await failure(api.get(path, admin))).status).toBe(404)
    }
    const bad = await failure(api.get("/admin/payment-reconciliations?status=maybe", admin))
    expect(bad.status).toBe(400)
    expect((await failure(api.get("/admin/payment-reconciliations"))).status).toBe(401)
  })
}
