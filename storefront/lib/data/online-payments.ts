import "server-only"
import type { StoreAlipayStatus, StoreAlipayStatusResponse } from "@http/payments"
import type { StoreWechatPayStatusResponse } from "@http/wechatpay"
import { authHeaders, orderAccessHeaders } from "./cookies"
import { medusa } from "./medusa"

export type WechatPayStatus = StoreWechatPayStatusResponse["wechatpay"]

/**
 * The WeChat Pay status of a cart (GET /store/payments/wechatpay/status): the
 * backend asks WeChat Pay when no notification came, and places the order
 * once paid. Null when the cart has no WeChat Pay session (or is not this
 * visitor's).
 */
export async function wechatPayStatus(cartId: string): Promise<WechatPayStatus | null> {
  try {
    const { wechatpay } = await medusa.client.fetch<StoreWechatPayStatusResponse>(
      "/store/payments/wechatpay/status",
      { query: { cart_id: cartId }, headers: await authHeaders() }
    )
    return wechatpay
  } catch {
    return null
  }
}

/**
 * An order's Alipay payment (GET /store/alipay/status): while awaiting, the
 * backend asks Alipay and captures a paid trade. Null when the order was not
 * paid with Alipay, or this visitor may not read it.
 */
export async function alipayStatusOf(orderId: string): Promise<StoreAlipayStatus | null> {
  try {
    const { alipay } = await medusa.client.fetch<StoreAlipayStatusResponse>(
      "/store/alipay/status",
      {
        query: { order_id: orderId },
        headers: await orderAccessHeaders(orderId),
      }
    )
    return alipay
  } catch {
    return null
  }
}
