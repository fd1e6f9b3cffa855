/**
 * 微信支付 (WeChat Pay) over HTTP: what the checkout sends when it creates the
 * payment session (`POST /store/payment-collections/:id/payment-sessions`
 * with `provider_id: "pp_wechatpay_wechatpay"` and `data`), what the session's
 * `data` then holds for the checkout page, and the status the confirmation
 * page polls (GET /store/payments/wechatpay/status?cart_id=).
 */
import type { WechatPayChannel } from "../../shared/wechatpay"

export { WECHATPAY_CHANNELS, type WechatPayChannel } from "../../shared/wechatpay"
/** Provider id of WeChat Pay in Medusa (`pp_<identifier>_<id in medusa-config.ts>`). */
export const WECHATPAY_PROVIDER_ID = "pp_wechatpay_wechatpay"

/** What `WeixinJSBridge.invoke("getBrandWCPayRequest", …)` takes, signed by the shop. */
export type WechatPayJsapiParams = {
  appId: string
  timeStamp: string
  nonceStr: string
  package: string
  signType: "RSA"
  paySign: string
}

/** WeChat Pay's trade states (trade_state). */
export type WechatPayTradeState =
  "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR"

/** The payment session's (and later the payment's) `data`. */
export type WechatPaySessionData = {
  session_id: string
  channel: WechatPayChannel
  /** the shop's number for this attempt (≤ 32 characters) */
  out_trade_no: string
  /** integer fen */
  amount_fen: number
  currency: "CNY"
  /** when an unpaid order expires at WeChat Pay, ISO 8601 +08:00 */
  time_expire: string
  /** Native: the QR code's content */
  code_url?: string
  /** H5: the page the phone opens (append `&redirect_url=` to come back) */
  h5_url?: string
  /** JSAPI: the payer, from the shop's own 网页授权 exchange (never from the browser) */
  openid?: string
  prepay_id?: string
  jsapi?: WechatPayJsapiParams
  trade_state?: WechatPayTradeState
  transaction_id?: string
  success_time?: string
  /** refunds sent to WeChat Pay (out_refund_no, fen, status) */
  refunds?: { out_refund_no: string; refund_id: string; amount_fen: number; status: string }[]
  /** set when the order was closed at WeChat Pay (cart changed, order cancelled) */
  closed_at?: string
}

/** GET /store/payments/wechatpay/status?cart_id= */
export type StoreWechatPayStatusResponse = {
  wechatpay: {
    /** pending: not paid yet; paid: the money arrived; closed: expired or closed */
    status: "pending" | "paid" | "closed"
    trade_state: WechatPayTradeState | null
    out_trade_no: string
    amount_fen: number
    time_expire: string
    /** the order, once the cart became one */
    order_id: string | null
  }
}

/**
 * POST /store/payments/wechatpay/oauth `{ cart_id }`: where WeChat's browser
 * goes for 网页授权 (snsapi_base); `state` in it is bound to the cart and
 * expires at `expires_at` (unix seconds). 404 when the shop has no AppSecret.
 */
export type StoreWechatPayOauthResponse = {
  wechat_oauth: { authorize_url: string; expires_at: number }
}

/**
 * POST /store/payments/wechatpay/jsapi `{ cart_id, code, state }`: the
 * shop exchanges WeChat's `code` for the buyer's openid and opens the cart's
 * JSAPI session; the page gets what `getBrandWCPayRequest` takes (never the openid).
 */
export type StoreWechatPayJsapiResponse = {
  wechatpay: {
    payment_session_id: string
    out_trade_no: string
    amount_fen: number
    time_expire: string
    jsapi: WechatPayJsapiParams
  }
}
