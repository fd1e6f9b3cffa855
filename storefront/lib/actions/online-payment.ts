"use server"

import type { StoreAlipayStatus } from "@http/payments"
import { completeCart, forgetCart, retrieveCart } from "@/lib/data/cart"
import { getCartId } from "@/lib/data/cookies"
import { alipayStatusOf, wechatPayStatus } from "@/lib/data/online-payments"
import type { WechatPayView } from "@/lib/checkout/online-pay"
import { openWechatPay } from "@/lib/checkout/online-session"
import { ORDER_ID } from "@/lib/order/status"
import { t } from "@/lib/messages"

export type WechatPayPoll = {
  status: "pending" | "paid" | "closed" | "gone"
  /** once paid: the order's confirmation page */
  orderUrl?: string
}

/**
 * Once the backend has placed the order for the paid cart (WeChat Pay's
 * notification or the status route's query), completing the cart again
 * answers that order with this browser's order token: kept, the cart is
 * forgotten, and the confirmation page can be shown.
 */
async function takeOrder(cartId: string, orderId: string): Promise<string> {
  const result = await completeCart(cartId).catch(() => null)
  const id = result?.type === "order" ? result.order.id : orderId
  await forgetCart()
  return `/order/${id}/confirmed`
}

/** The checkout's QR code (and the H5 return page) ask this every few seconds. */
export async function pollWechatPay(): Promise<WechatPayPoll> {
  const cartId = await getCartId()
  if (!cartId) return { status: "gone" }
  const status = await wechatPayStatus(cartId)
  if (!status) return { status: "gone" }
  if (status.status === "paid" && status.order_id && ORDER_ID.test(status.order_id)) {
    return { status: "paid", orderUrl: await takeOrder(cartId, status.order_id) }
  }
  // paid, the order still being placed: keep polling
  return { status: status.status === "paid" ? "pending" : status.status }
}

/**
 * 重新获取二维码: a new WeChat Pay session for the cart (the old order is closed
 * at WeChat Pay by the backend). A cart already paid is never charged again:
 * it answers the order instead.
 */
export async function renewWechatPay(): Promise<{
  view?: WechatPayView
  orderUrl?: string
  /** inside WeChat: 网页授权 again, then a new JSAPI session */
  authorizeUrl?: string
  error?: string
}> {
  const poll = await pollWechatPay()
  if (poll.orderUrl) return { orderUrl: poll.orderUrl }
  const cart = await retrieveCart()
  if (!cart || !cart.items?.length) return { error: t("checkout.errors.emptyCart") }
  try {
    const view = await openWechatPay(cart)
    if (view && "authorize_url" in view) return { authorizeUrl: view.authorize_url }
    return view ? { view } : { error: t("checkout.errors.paymentFailed") }
  } catch {
    return { error: t("checkout.errors.paymentFailed") }
  }
}

/** The confirmation and Alipay return pages poll an order's Alipay payment. */
export async function pollAlipay(orderId: string): Promise<StoreAlipayStatus | null> {
  if (!ORDER_ID.test(orderId)) return null
  return alipayStatusOf(orderId)
}
