/**
 * What the quote tests share: the approval fixtures' units (管理员, 采购员,
 * 财务, 审批人) and ready carts, a quote requested from a member's cart,
 * priced and sent by the support team, and the order it became as the
 * support team reads it.
 */
import type { Headers, ShopSuite } from "../../fixtures/http"
import { approvals } from "../approvals/fixtures"

/**
 * The quote threshold in these tests (QUOTE_MIN_AMOUNT, read when a quote is
 * asked for): a few tomatoes pass it.
 */
export const QUOTE_REQUEST_ENV = { QUOTE_MIN_AMOUNT: "1" }

export const fen = (yuan: string | number) => Math.round(Number(yuan) * 100)
export const yuan = (fen: number) => (fen / 100).toFixed(2)
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

export function quotes(shop: ShopSuite) {
  const a = approvals(shop)
  const { storeCall, adminCall } = a

  /** A quote of `quantity` tomatoes requested by `member` (answers the quote and the cart's total). */
  const requested = async (member: Headers, quantity = 3, message = "食堂下月用菜，请报价") => {
    const cart = await a.readyCart(member, quantity)
    const r = await storeCall("POST", "/store/units/me/quotes", member, {
      cart_id: cart.cartId,
      message,
    })
    expect(r.status, JSON.stringify(r.data)).toBe(200)
    return { quote: r.data.quote, cart }
  }

  /** The support team prices every line at `price` (yuan), shipping and terms, and sends it. */
  const priced = async (quote: any, price: string, shipping = "5.00") => {
    const update = await adminCall("POST", `/admin/quotes/${quote.id}`, {
      lines: quote.lines.map((l: any) => ({ id: l.id, quoted_price: price })),
      shipping,
      valid_until: inDays(3),
      delivery_from: "2026-12-08",
      delivery_to: "2026-12-10",
      terms: "货到验收后 30 日内对公转账",
    })
    expect(update.status, JSON.stringify(update.data)).toBe(200)
    const sent = await adminCall("POST", `/admin/quotes/${quote.id}/send`)
    expect(sent.status, JSON.stringify(sent.data)).toBe(200)
    expect(sent.data.quote.status).toBe("quoted")
    return sent.data.quote
  }

  /** The order as the support team reads it: its lines' unit prices, shipping and total. */
  const orderOf = async (orderId: string) => {
    const r = await adminCall(
      "GET",
      `/admin/orders/${orderId}?fields=id,total,shipping_total,item_total,*items,customer_id`
    )
    expect(r.status, JSON.stringify(r.data)).toBe(200)
    return r.data.order
  }

  return { ...a, requested, priced, orderOf }
}
