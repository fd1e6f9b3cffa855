/**
 * 支付宝 refunds through the shop's Alipay provider (backend/src/modules/alipay),
 * against the local Alipay stand-in (tests/fixtures/alipay): a refund sent
 * with Medusa's refund id as its out_request_no (the ledger reverses), one
 * whose answer was lost (looked up, or sent again with the same number, paid
 * and recorded once), one never answered (the support team told which number
 * to look up), one Alipay refuses, and a cancelled order's trade closed or, if
 * it was paid anyway, refunded whole.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { AlipayStandIn } from "../../../fixtures/alipay"
import type { ShopSuite } from "../../../fixtures/http"
import { failure } from "../../../fixtures/medusa"
import { eventually } from "../../../fixtures/orders"
import { alipayCheckout, resetAlipayStandIn } from "./fixtures"

export function alipayRefundTests(suite: ShopSuite, standIn: AlipayStandIn) {
  const { api, getContainer, admin } = suite
  resetAlipayStandIn(suite, standIn)
  const { placed, paymentOf, paidTrade, refundsSent, recordedRefunds } = alipayCheckout(
    suite,
    standIn
  )

  it("refunds through Alipay (out_request_no, refund_amount) and the ledger reverses", async () => {
    const { order, no, payment } = await paidTrade()
    await api.post(`/admin/payments/${payment.id}/refund`, { amount: 12.34 }, admin)
    const refundIds = async () => {
      const { data } = await api.get(`/admin/payments/${payment.id}?fields=*refunds`, admin)
      return (data.payment.refunds as { id: string }[]).map((r) => r.id)
    }
    // the refund's out_request_no is Medusa's refund id: a retry of it is the same refund
    const [first] = await refundIds()
    expect(standIn.trades.get(no)!.refunds).toEqual([
      expect.objectContaining({ out_request_no: first, refund_amount: "12.34" }),
    ])
    expect((await paymentOf(order.id)).order.payment_status).toBe("partially_refunded")
    await eventually(async () => {
      const { data } = await api.get(`/admin/aid/entries?order_id=${order.id}`, admin)
      return data.entries.some((e: any) => e.kind === "refund")
    })

    // two refunds of the same amount made at the same moment (Medusa's order-change check
    // lets both through when neither has written yet): two refunds at Alipay, where a shared
    // out_request_no would be taken for a retry and the buyer paid back once
    const payments = getContainer().resolve(Modules.PAYMENT)
    await Promise.all(
      [1, 2].map(() => payments.refundPayment({ payment_id: payment.id, amount: 1 }))
    )
    const ids = await refundIds()
    expect(ids).toHaveLength(3)
    const atAlipay = standIn.trades.get(no)!.refunds
    expect(atAlipay.map((r) => r.out_request_no).sort()).toEqual([...ids].sort())
    expect(atAlipay.map((r) => r.refund_amount).sort()).toEqual(["1.00", "1.00", "12.34"])
  })

  it("records a refund Alipay made though its answer was lost (ACQ.SYSTEM_ERROR), once", async () => {
    const { order, no, payment } = await paidTrade()
    standIn.faults.lostRefundAnswers = 1
    await api.post(`/admin/payments/${payment.id}/refund`, { amount: 5 }, admin)
    expect(standIn.faults.lostRefundAnswers).toBe(0)
    // the provider looked the refund up by its number instead of refunding again
    expect(refundsSent(no)).toHaveLength(1)
    const lookups = standIn.requests.filter(
      (r) => r.method === "alipay.trade.fastpay.refund.query" && r.biz.out_trade_no === no
    )
    expect(lookups.map((r) => [r.code, r.biz.out_request_no])).toEqual([
      ["10000", refundsSent(no)[0].biz.out_request_no],
    ])
    expect(standIn.trades.get(no)!.refunds.map((r) => r.refund_amount)).toEqual(["5.00"])
    expect((await recordedRefunds(payment.id)).map((r) => Number(r.amount))).toEqual([5])
    expect((await paymentOf(order.id)).order.payment_status).toBe("partially_refunded")
  })

  it("sends a refund whose answer and lookup both failed again with the same out_request_no: paid once, recorded once", async () => {
    const { no, payment } = await paidTrade()
    standIn.faults.lostRefundAnswers = 1
    standIn.faults.failedRefundQueries = 1
    await api.post(`/admin/payments/${payment.id}/refund`, { amount: 5 }, admin)
    const sent = refundsSent(no)
    expect(sent.map((r) => r.code)).toEqual(["40004", "10000"])
    expect(sent[0].sub_code).toBe("ACQ.SYSTEM_ERROR")
    expect(new Set(sent.map((r) => r.biz.out_request_no)).size).toBe(1)
    expect(standIn.trades.get(no)!.refunds.map((r) => r.refund_amount)).toEqual(["5.00"])
    const recorded = await recordedRefunds(payment.id)
    expect(recorded.map((r) => Number(r.amount))).toEqual([5])
    expect(recorded[0].id).toBe(sent[0].biz.out_request_no)
  })

  it("reports a refund Alipay never answered as not known, naming the out_request_no to look up", async () => {
    const { no, payment } = await paidTrade()
    // made on the first request; every answer and lookup is lost for the three attempts
    standIn.faults.lostRefundAnswers = 3
    standIn.faults.failedRefundQueries = 3
    const refused = await failure(
      api.post(`/admin/payments/${payment.id}/refund`, { amount: 5 }, admin)
    )
    const sent = refundsSent(no)
    expect(sent).toHaveLength(3)
    const requestNo = sent[0].biz.out_request_no
    expect(sent.every((r) => r.biz.out_request_no === requestNo)).toBe(true)
    expect(refused.data.message).toContain(`请先在支付宝商家平台查询退款请求号 ${requestNo}`)
    // Alipay made it once, whatever the number of attempts; the shop recorded none
    expect(standIn.trades.get(no)!.refunds).toHaveLength(1)
    expect(await recordedRefunds(payment.id)).toEqual([])
  })

  it("refuses a refund Alipay refuses with its reason in Chinese, sent once (a finished trade)", async () => {
    const { no, payment } = await paidTrade()
    // past its refund period Alipay finishes the trade: no refund any more
    standIn.trades.get(no)!.status = "TRADE_FINISHED"
    const refused = await failure(
      api.post(`/admin/payments/${payment.id}/refund`, { amount: 5 }, admin)
    )
    expect(refused.status).toBe(400)
    expect(refused.data.message).toContain("支付宝退款失败：该支付宝交易的状态不能退款")
    expect(refundsSent(no).map((r) => r.sub_code)).toEqual(["ACQ.TRADE_STATUS_ERROR"])
    expect(await recordedRefunds(payment.id)).toEqual([])
  })

  it("closes the trade of a cancelled order; a payment that arrives for it anyway is refunded whole, once", async () => {
    const unpaid = await placed()
    await standIn.open((await paymentOf(unpaid.order.id)).payment.data.pay_url)
    await api.post(`/admin/orders/${unpaid.order.id}/cancel`, {}, admin)
    expect(standIn.trades.get(unpaid.no)!.status).toBe("TRADE_CLOSED")
    expect((await standIn.pay(unpaid.no)).status).toBe(409)

    // the buyer pays while the order is being cancelled: the notification comes after
    const { order, no } = await placed()
    standIn.deliverNotifications = false
    await standIn.open((await paymentOf(order.id)).payment.data.pay_url)
    await standIn.pay(no)
    await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
    const trade = standIn.trades.get(no)!
    expect(trade.refunds).toEqual([
      expect.objectContaining({
        out_request_no: `${no}_CANCEL`,
        refund_amount: trade.total_amount,
      }),
    ])
    expect(await standIn.deliver(standIn.notificationFor(no))).toMatchObject({
      status: 200,
      body: "success",
    })
    expect(trade.refunds).toHaveLength(1)
    const { payment } = await paymentOf(order.id)
    expect(payment.captured_at).toBeNull()
    expect(payment.canceled_at).not.toBeNull()
    expect(payment.data.refunds).toHaveLength(1)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["status"],
      filters: { id: order.id },
    })
    expect((orders[0] as any).status).toBe("canceled")
  })
}
