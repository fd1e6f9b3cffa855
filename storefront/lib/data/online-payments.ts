import "server-only"
import type { StoreAlipayStatus, StoreAlipayStatusResponse } from "@http/payments"
import type {
  StoreWechatPayJsapiResponse,
  StoreWechatPayOauthResponse,
  StoreWechatPayStatusResponse,
} from "@http/wechatpay"
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
 * Where WeChat's browser goes for 网页授权 before JSAPI pay
 * (POST /store/payments/wechatpay/oauth), with a state bound to the cart.
 * Null when the shop has no AppSecret (the QR code stays the way to pay).
 */
export async function wechatOauthFor(
  cartId: string
): Promise<StoreWechatPayOauthResponse["wechat_oauth"] | null> {
  try {
    const { wechat_oauth } = await medusa.client.fetch<StoreWechatPayOauthResponse>(
      "/store/payments/wechatpay/oauth",
      { method: "POST", body: { cart_id: cartId }, headers: await authHeaders() }
    )
    return wechat_oauth
  } catch {
    return null
  }
}

/**
 * Hands WeChat's `code` and `state` to the backend, which exchanges the code
 * for the buyer's openid and opens the cart's JSAPI session
 * (POST /store/payments/wechatpay/jsapi). Throws the backend's Chinese message.
 */
export async function openWechatJsapi(cartId: string, code: string, state: string) {
  const { wechatpay } = await medusa.client.fetch<StoreWechatPayJsapiResponse>(
    "/store/payments/wechatpay/jsapi",
    { method: "POST", body: { cart_id: cartId, code, state }, headers: await authHeaders() }
  )
  return wechatpay
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
