/**
 * A buyer's 支付宝 checkout in the Alipay tests (alipay/checkout.ts and
 * alipay/refunds.ts, run by alipay.test.ts): a cart with an Alipay session, the order placed
 * with it (and paid at the stand-in), what the support team reads of its
 * payment, refunds and aid-ledger entries, and notifications Alipay would
 * never send.
 */
import {
  type AlipayStandIn,
  generateAlipayKeys,
  type Params,
  rsa2Sign,
  signContent,
} from "../../../fixtures/alipay"
import type { ShopSuite } from "../../../fixtures/http"
import { eventually, prepareCart } from "../../../fixtures/orders"

export const ALIPAY = "pp_alipay_alipay"

/** The shop's 支付宝 settings against the stand-in (alipay.test.ts). */
export const alipayEnv = (standIn: AlipayStandIn) => ({
  ALIPAY_APP_ID: standIn.appId,
  ALIPAY_PRIVATE_KEY: standIn.keys.appPrivateKeyPath,
  ALIPAY_PUBLIC_KEY: standIn.keys.alipayPublicKeyPath,
  ALIPAY_GATEWAY: standIn.gateway,
  ALIPAY_NOTIFY_URL: "http://localhost:9000/hooks/payment/alipay_alipay",
  ALIPAY_RETURN_URL: "http://localhost:8000/checkout/alipay-return",
})

/**
 * The stand-in's notifications go to the test's app; every test starts with
 * them delivered and no refund answer or lookup lost.
 */
export function resetAlipayStandIn({ api }: ShopSuite, standIn: AlipayStandIn) {
  beforeAll(() => {
    standIn.notifyUrlOverride = `${api.defaults.baseURL}/hooks/payment/alipay_alipay`
  })
  beforeEach(() => {
    standIn.deliverNotifications = true
    standIn.faults.lostRefundAnswers = 0
    standIn.faults.failedRefundQueries = 0
  })
}

const LINES = [
  { handle: "shejiang-simiao-rice", quantity: 2 },
  { handle: "songyuan-mountain-green-tea", quantity: 1 },
]

export function alipayCheckout(
  { api, getContainer, admin, store }: ShopSuite,
  standIn: AlipayStandIn
) {
  /** A cart with an Alipay session of this channel, as the checkout creates it. */
  const alipayCart = async (data: Record<string, unknown> = { channel: "page" }) => {
    const { cartId, headers } = await prepareCart(api, getContainer(), store, { lines: LINES })
    const { data: collection } = await api.post(
      "/store/payment-collections",
      { cart_id: cartId },
      headers
    )
    const sessions = `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`
    const created = await api.post(sessions, { provider_id: ALIPAY, data }, headers)
    const session = created.data.payment_collection.payment_sessions.find(
      (s: any) => s.provider_id === ALIPAY
    )
    const { data: cart } = await api.get(`/store/carts/${cartId}`, headers)
    return { cartId, headers, session, cart: cart.cart, sessions }
  }

  /** The cart completed: the order placed, awaiting the payment. */
  const placed = async () => {
    const checkout = await alipayCart()
    const { data } = await api.post(
      `/store/carts/${checkout.cartId}/complete`,
      {},
      checkout.headers
    )
    expect(data.type).toBe("order")
    const buyer = {
      headers: { ...checkout.headers.headers, "x-order-token": data.order_token.token },
    }
    return {
      ...checkout,
      order: data.order,
      buyer,
      no: checkout.session.data.out_trade_no as string,
    }
  }

  const paymentOf = async (orderId: string) => {
    const { data } = await api.get(
      `/admin/orders/${orderId}?fields=payment_status,total,*payment_collections.payments,*payment_collections.payments.captures,*payment_collections.payments.refunds`,
      admin
    )
    return { order: data.order, payment: data.order.payment_collections[0].payments[0] }
  }
  const saleEntries = async (orderId: string) => {
    const { data } = await api.get(`/admin/aid/entries?order_id=${orderId}`, admin)
    return (data.entries as any[]).filter((e) => e.kind === "sale")
  }

  /** A placed order whose trade the buyer paid, its payment captured. */
  const paidTrade = async () => {
    const { order, no } = await placed()
    await standIn.open((await paymentOf(order.id)).payment.data.pay_url)
    await standIn.pay(no)
    const { payment } = await eventually(async () => {
      const found = await paymentOf(order.id)
      return found.payment.captured_at ? found : undefined
    })
    return { order, no, payment }
  }
  /** The refund requests the shop sent Alipay for a trade. */
  const refundsSent = (no: string) =>
    standIn.requests.filter((r) => r.method === "alipay.trade.refund" && r.biz.out_trade_no === no)
  /** The refunds Medusa recorded on a payment. */
  const recordedRefunds = async (paymentId: string) => {
    const { data } = await api.get(`/admin/payments/${paymentId}?fields=*refunds`, admin)
    return data.payment.refunds as { id: string; amount: number }[]
  }

  return { alipayCart, placed, paymentOf, saleEntries, paidTrade, refundsSent, recordedRefunds }
}

/**
 * A valid notification made bad: its amount changed, signed with another key,
 * for another app (signed with Alipay's key), and with no signature.
 */
export function badNotifications(standIn: AlipayStandIn, valid: Params): Params[] {
  const tampered = { ...valid, total_amount: "0.01" }
  const otherKey = generateAlipayKeys().alipayPrivateKey
  const forged = { ...valid, sign: rsa2Sign(signContent(valid, ["sign", "sign_type"]), otherKey) }
  const otherAppParams = { ...valid, app_id: "2021000000009999" }
  const otherApp = {
    ...otherAppParams,
    sign: rsa2Sign(
      signContent(otherAppParams, ["sign", "sign_type"]),
      standIn.keys.alipayPrivateKey
    ),
  }
  const unsigned = { ...valid, sign: "" }
  return [tampered, forged, otherApp, unsigned]
}
