/**
 * 微信支付 after the payment, against the WeChat Pay stand-in: refunds from
 * the admin reach WeChat Pay in fen and the aid ledger reverses them; money
 * that arrives for a closed session or a cancelled order goes back by itself;
 * the provider's daily trade bill (fetchBill) is read from the stand-in's
 * download.
 */
import { Modules } from "@medusajs/framework/utils"
import type { ShopSuite } from "../../../fixtures/http"
import { failure } from "../../../fixtures/medusa"
import { eventually } from "../../../fixtures/orders"
import { orderOfCartIn } from "../../../fixtures/stripe/checkout"
import type { WechatPayStandIn } from "../../../fixtures/wechatpay"
import { WECHATPAY, wechatCartOf } from "../../../fixtures/wechatpay/checkout"
import { afterWebhookDelay } from "../../../fixtures/webhook-delay"

const LINES = [{ handle: "shejiang-simiao-rice", quantity: 2 }]

export function wechatpayRefundTests(
  { api, getContainer, admin, store }: ShopSuite,
  standIn: WechatPayStandIn
) {
  beforeEach(() => {
    standIn.autoDeliver = true
    standIn.state.balanceFen = 10_000_000
    standIn.state.now = () => new Date()
    standIn.state.lostRefundAnswers = 0
    standIn.state.failedRefundQueries = 0
  })

  const orderOf = (cartId: string) => orderOfCartIn(getContainer(), cartId)
  const paymentsOf = async (orderId: string) => {
    const { data } = await api.get(
      `/admin/orders/${orderId}?fields=status,payment_status,total,*payment_collections.payments,*payment_collections.payments.captures,*payment_collections.payments.refunds`,
      admin
    )
    return { order: data.order, payments: data.order.payment_collections[0].payments as any[] }
  }
  /** A paid order: the payer scans, the notification completes the cart. */
  const paidOrder = async () => {
    const { cartId, session, cart } = await wechatCartOf(api, getContainer(), store, LINES)
    expect((await standIn.pay(session.data.out_trade_no))!.status).toBe(200)
    const orderId = await eventually(() => orderOf(cartId), 30_000)
    await eventually(async () => (await paymentsOf(orderId)).order.payment_status === "captured")
    return { orderId, session, fen: Math.round(Number(cart.total) * 100) }
  }
  const refundsAtStandIn = (no: string) =>
    standIn.requests.filter(
      (r) => r.path === "/v3/refund/domestic/refunds" && r.body?.out_trade_no === no
    )

  it("sends an admin refund to WeChat Pay in fen, the ledger reverses it; an empty merchant balance is a clear refusal", async () => {
    const { orderId, session, fen } = await paidOrder()
    const { payments } = await paymentsOf(orderId)
    await api.post(`/admin/payments/${payments[0].id}/refund`, { amount: 12.34 }, admin)
    const [sent] = refundsAtStandIn(session.data.out_trade_no)
    expect(sent.status).toBe(200)
    expect(sent.body).toMatchObject({
      out_trade_no: session.data.out_trade_no,
      out_refund_no: expect.stringMatching(/^ref_/),
      amount: { refund: 1234, total: fen, currency: "CNY" },
    })
    expect((await paymentsOf(orderId)).order.payment_status).toBe("partially_refunded")
    await eventually(async () => {
      const { data } = await api.get(`/admin/aid/entries?order_id=${orderId}`, admin)
      return data.entries.some((e: any) => e.kind === "refund")
    })

    standIn.state.balanceFen = 0
    const refused = await failure(
      api.post(`/admin/payments/${payments[0].id}/refund`, { amount: 1 }, admin)
    )
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(refused.status).toBeLessThan(500)
    expect(refused.data.message).toMatch(/余额不足/)
    const after = await paymentsOf(orderId)
    expect(after.payments[0].refunds).toHaveLength(1)
    expect(
      refundsAtStandIn(session.data.out_trade_no).filter((r) => r.status === 200)
    ).toHaveLength(1)
  })

  it("records a refund WeChat Pay made though its answer was lost, and pays it once", async () => {
    const { orderId, session } = await paidOrder()
    const { payments } = await paymentsOf(orderId)
    // WeChat Pay makes the refund, but its answer does not reach the shop (SYSTEM_ERROR)
    standIn.state.lostRefundAnswers = 1
    await api.post(`/admin/payments/${payments[0].id}/refund`, { amount: 5 }, admin)
    expect(standIn.state.lostRefundAnswers).toBe(0)
    const made = [...standIn.state.refunds.values()].filter(
      (r) => r.out_trade_no === session.data.out_trade_no
    )
    expect(made.map((r) => r.refund_fen)).toEqual([500])
    const after = await paymentsOf(orderId)
    expect(after.payments[0].refunds.map((r: any) => Number(r.amount))).toEqual([5])
    expect(after.order.payment_status).toBe("partially_refunded")
  })

  it("sends a refund whose answer and lookup both failed again with the same number: paid once, recorded once", async () => {
    const { orderId, session } = await paidOrder()
    const { payments } = await paymentsOf(orderId)
    // the refund is made, its answer lost, and the lookup by its number fails too
    standIn.state.lostRefundAnswers = 1
    standIn.state.failedRefundQueries = 1
    await api.post(`/admin/payments/${payments[0].id}/refund`, { amount: 5 }, admin)
    const sent = refundsAtStandIn(session.data.out_trade_no)
    expect(sent.map((r) => r.status)).toEqual([500, 200])
    expect(new Set(sent.map((r) => r.body?.out_refund_no)).size).toBe(1)
    const made = [...standIn.state.refunds.values()].filter(
      (r) => r.out_trade_no === session.data.out_trade_no
    )
    expect(made.map((r) => r.refund_fen)).toEqual([500])
    const after = await paymentsOf(orderId)
    expect(after.payments[0].refunds.map((r: any) => Number(r.amount))).toEqual([5])
    expect(after.payments[0].refunds[0].id).toBe(sent[0].body?.out_refund_no)
  })

  it("reports a refund WeChat Pay never answered as not known, naming the number to look up", async () => {
    const { orderId, session } = await paidOrder()
    const { payments } = await paymentsOf(orderId)
    // made on the first request; every answer and lookup is lost for the three attempts
    standIn.state.lostRefundAnswers = 3
    standIn.state.failedRefundQueries = 3
    const refused = await failure(
      api.post(`/admin/payments/${payments[0].id}/refund`, { amount: 5 }, admin)
    )
    const sent = refundsAtStandIn(session.data.out_trade_no)
    expect(sent).toHaveLength(3)
    const no = sent[0].body?.out_refund_no
    expect(sent.every((r) => r.body?.out_refund_no === no)).toBe(true)
    expect(refused.data.message).toContain(`请先在微信支付商户平台查询退款单号 ${no}`)
    // WeChat Pay made it once, whatever the number of attempts
    expect(
      [...standIn.state.refunds.values()].filter(
        (r) => r.out_trade_no === session.data.out_trade_no
      )
    ).toHaveLength(1)
  })

  it("refunds by itself money paid for a session the cart dropped; its late notification captures nothing", async () => {
    standIn.autoDeliver = false
    const { cartId, session, headers } = await wechatCartOf(api, getContainer(), store, LINES)
    const no = session.data.out_trade_no
    await standIn.pay(no) // paid on the phone while the buyer chose 对公转账 on the computer
    await api.post(
      `/store/payment-collections/${(await api.get(`/store/carts/${cartId}?fields=payment_collection.id`, headers)).data.cart.payment_collection.id}/payment-sessions`,
      { provider_id: "pp_bank-transfer_bank-transfer" },
      headers
    )
    const close = standIn.requests.find((r) => r.path.endsWith(`/${no}/close`))!
    expect(close).toMatchObject({ status: 400, code: "ORDERPAID" })
    const [refund] = refundsAtStandIn(no)
    expect(refund).toMatchObject({
      status: 200,
      body: {
        out_refund_no: `C${no}`,
        amount: { refund: session.data.amount_fen, total: session.data.amount_fen },
      },
    })
    expect(standIn.state.orders.get(no)!.trade_state).toBe("REFUND")

    const late = await standIn.deliver(no)
    expect(late.status).toBe(200)
    await afterWebhookDelay()
    expect(await orderOf(cartId)).toBeUndefined()
    expect(
      await getContainer().resolve(Modules.PAYMENT).listPayments({ payment_session_id: session.id })
    ).toEqual([])
  })

  it("closes the unpaid WeChat order when the cart changes; the buyer gets a new one", async () => {
    standIn.autoDeliver = false
    const { cartId, session, headers, collectionId } = await wechatCartOf(
      api,
      getContainer(),
      store,
      LINES
    )
    const { data } = await api.post(
      `/store/payment-collections/${collectionId}/payment-sessions`,
      { provider_id: WECHATPAY, data: { channel: "native" } },
      headers
    )
    const fresh = data.payment_collection.payment_sessions.find(
      (s: any) => s.provider_id === WECHATPAY
    )
    expect(fresh.data.out_trade_no).not.toBe(session.data.out_trade_no)
    expect(standIn.state.orders.get(session.data.out_trade_no)!.trade_state).toBe("CLOSED")
    expect(refundsAtStandIn(session.data.out_trade_no)).toEqual([])
    // the closed order can no longer be paid; the new one can
    await expect(standIn.pay(session.data.out_trade_no)).rejects.toThrow(/CLOSED/)
    await standIn.pay(fresh.data.out_trade_no)
    const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
    expect(completed.type).toBe("order")
    // the ledger's work for the order done before the next test resets the database
    await eventually(async () => {
      const { data } = await api.get(`/admin/aid/entries?order_id=${completed.order.id}`, admin)
      return data.entries.length > 0
    })
  })

  it("refunds a cancelled order's payment at WeChat Pay; a notification afterwards changes nothing", async () => {
    const { orderId, session, fen } = await paidOrder()
    await api.post(`/admin/orders/${orderId}/cancel`, {}, admin)
    const [refund] = refundsAtStandIn(session.data.out_trade_no)
    expect(refund).toMatchObject({ status: 200, body: { amount: { refund: fen, total: fen } } })
    const { order, payments } = await paymentsOf(orderId)
    expect(order.status).toBe("canceled")
    expect(payments[0].refunds).toHaveLength(1)

    expect((await standIn.deliver(session.data.out_trade_no)).status).toBe(200)
    await afterWebhookDelay()
    const after = await paymentsOf(orderId)
    expect(after.payments[0].captures).toHaveLength(1)
    expect(after.order.status).toBe("canceled")
  })

  it("fetchBill reads the stand-in's trade bill of a day: payments and refunds in fen, summary left out", async () => {
    const yesterday = new Date(Date.now() - 24 * 3600_000)
    standIn.state.now = () => yesterday
    const day = new Date(yesterday.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
    const { orderId, session, fen } = await paidOrder()
    const { payments } = await paymentsOf(orderId)
    await api.post(`/admin/payments/${payments[0].id}/refund`, { amount: 5 }, admin)

    const module = getContainer().resolve(Modules.PAYMENT) as any
    const provider = module.paymentProviderService_.retrieveProvider(WECHATPAY)
    const rows = await provider.fetchBill(day)
    const transaction = standIn.state.orders.get(session.data.out_trade_no)!.transaction_id
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          provider: "wechatpay",
          kind: "payment",
          out_trade_no: session.data.out_trade_no,
          out_refund_no: null,
          transaction_id: transaction,
          amount_fen: fen,
          occurred_at: expect.stringMatching(new RegExp(`^${day}T\\d\\d:\\d\\d:\\d\\d\\+08:00$`)),
        },
        expect.objectContaining({
          kind: "refund",
          out_trade_no: session.data.out_trade_no,
          out_refund_no: expect.stringMatching(/^ref_/),
          amount_fen: 500,
        }),
      ])
    )
    expect(rows.every((r: any) => r.kind === "payment" || r.kind === "refund")).toBe(true)
    // a day without trades has no bill: WeChat Pay's NO_STATEMENT_EXIST
    await expect(provider.fetchBill("2020-01-01")).rejects.toMatchObject({
      code: "NO_STATEMENT_EXIST",
    })
  })
}
