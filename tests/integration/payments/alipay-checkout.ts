/**
 * A buyer's 支付宝 checkout in the Alipay test (alipay.test.ts): a cart with
 * an Alipay session, the order placed with it, and what the support team
 * reads of its payment and aid-ledger entries.
 */
import type { ShopSuite } from "../../fixtures/http"
import { prepareCart } from "../../fixtures/orders"

export const ALIPAY = "pp_alipay_alipay"

const LINES = [
  { handle: "shejiang-simiao-rice", quantity: 2 },
  { handle: "songyuan-mountain-green-tea", quantity: 1 },
]

export function alipayCheckout({ api, getContainer, admin, store }: ShopSuite) {
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

  return { alipayCart, placed, paymentOf, saleEntries }
}
