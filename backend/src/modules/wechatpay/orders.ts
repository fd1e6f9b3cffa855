import { chinaDateTime } from "../../shared/china-time"
import type { WechatPayChannel } from "../../shared/wechatpay"
import type { WechatPayJsapiParams, WechatPaySessionData } from "../../types/http/wechatpay"
import { type WechatPayClient, WechatPayError } from "./client"
import { nonce, rsaSign, unixSeconds } from "./crypto"

/** What a session asks WeChat Pay to open. */
export type NewOrder = {
  session_id: string
  out_trade_no: string
  amount_fen: number
  channel: WechatPayChannel
  openid?: string
  client_ip?: string
}

/** An instant as WeChat Pay's time fields take it: "2026-12-01T20:00:00+08:00". */
export function wechatTime(at: Date): string {
  return `${chinaDateTime(at).replace(" ", "T")}+08:00`
}

/**
 * The shop's number for an attempt: the session id without its `payses_`
 * prefix (26 characters), with `_2`, `_3`… for a session reopened after its
 * amount changed. WeChat Pay allows 6 to 32 letters, digits and `_-|*`.
 */
export function outTradeNo(sessionId: string, attempt = 1): string {
  const base = sessionId.replace(/^payses_/, "")
  return attempt > 1 ? `${base}_${attempt}` : base
}

/** The session an out_trade_no belongs to (the inverse of `outTradeNo`). */
export function sessionIdOf(outTradeNoValue: string): string {
  return `payses_${outTradeNoValue.split("_")[0]}`
}

/** The attempt number of an out_trade_no. */
export function attemptOf(outTradeNoValue: string): number {
  return Number(outTradeNoValue.split("_")[1] ?? 1)
}

/** `WeixinJSBridge`'s getBrandWCPayRequest parameters, signed with the merchant key. */
export function jsapiParams(client: WechatPayClient, prepayId: string): WechatPayJsapiParams {
  const { appid, privateKey } = client.config
  const timeStamp = unixSeconds()
  const nonceStr = nonce()
  const pkg = `prepay_id=${prepayId}`
  return {
    appId: appid,
    timeStamp,
    nonceStr,
    package: pkg,
    signType: "RSA",
    paySign: rsaSign(`${appid}\n${timeStamp}\n${nonceStr}\n${pkg}\n`, privateKey),
  }
}

/**
 * Opens the order at WeChat Pay for the session's channel (Native: code_url,
 * H5: h5_url, JSAPI: prepay_id and the bridge's signed parameters).
 */
export async function openOrder(
  client: WechatPayClient,
  order: NewOrder,
  now = new Date()
): Promise<WechatPaySessionData> {
  const { config } = client
  const expiresAt = wechatTime(new Date(now.getTime() + config.expireMinutes * 60_000))
  const body: Record<string, unknown> = {
    appid: config.appid,
    mchid: config.mchid,
    description: `${config.siteName ?? "梅县消费帮扶商城"}-订单`.slice(0, 127),
    out_trade_no: order.out_trade_no,
    time_expire: expiresAt,
    attach: order.session_id,
    notify_url: config.notifyUrl,
    amount: { total: order.amount_fen, currency: "CNY" },
  }
  if (order.channel === "jsapi") body.payer = { openid: order.openid }
  if (order.channel === "h5") {
    body.scene_info = {
      payer_client_ip: order.client_ip,
      h5_info: {
        type: "Wap",
        ...(config.siteName ? { app_name: config.siteName } : {}),
        ...(config.siteUrl ? { app_url: config.siteUrl } : {}),
      },
    }
  } else if (order.client_ip) {
    body.scene_info = { payer_client_ip: order.client_ip }
  }
  const answer = await client.request<{ code_url?: string; h5_url?: string; prepay_id?: string }>(
    "POST",
    `/v3/pay/transactions/${order.channel}`,
    body
  )
  const data: WechatPaySessionData = {
    session_id: order.session_id,
    channel: order.channel,
    out_trade_no: order.out_trade_no,
    amount_fen: order.amount_fen,
    currency: "CNY",
    time_expire: expiresAt,
    trade_state: "NOTPAY",
  }
  if (order.channel === "native") data.code_url = answer?.code_url
  if (order.channel === "h5") data.h5_url = answer?.h5_url
  if (order.channel === "jsapi" && answer?.prepay_id) {
    // kept so a reopened attempt (changed amount) pays with the same payer
    data.openid = order.openid
    data.prepay_id = answer.prepay_id
    data.jsapi = jsapiParams(client, answer.prepay_id)
  }
  if (!data.code_url && !data.h5_url && !data.prepay_id) {
    throw new Error("WeChat Pay answered without code_url, h5_url or prepay_id")
  }
  return data
}

/** A transaction as the query and the notification give it. */
export type Transaction = {
  appid: string
  mchid: string
  out_trade_no: string
  transaction_id?: string
  trade_state: WechatPaySessionData["trade_state"] & string
  success_time?: string
  attach?: string
  amount?: { total?: number; payer_total?: number; currency?: string }
}

/** GET /v3/pay/transactions/out-trade-no/{no}?mchid= */
export async function queryOrder(client: WechatPayClient, no: string): Promise<Transaction> {
  const path = `/v3/pay/transactions/out-trade-no/${encodeURIComponent(no)}?mchid=${client.config.mchid}`
  return (await client.request<Transaction>("GET", path))!
}

/** POST /v3/pay/transactions/out-trade-no/{no}/close (204). */
export async function closeOrder(client: WechatPayClient, no: string): Promise<void> {
  await client.request(
    "POST",
    `/v3/pay/transactions/out-trade-no/${encodeURIComponent(no)}/close`,
    {
      mchid: client.config.mchid,
    }
  )
}

export type RefundAnswer = {
  refund_id: string
  out_refund_no: string
  status: "SUCCESS" | "CLOSED" | "PROCESSING" | "ABNORMAL"
  amount: { refund: number; total: number; currency: string }
}

/** POST /v3/refund/domestic/refunds */
export async function refundOrder(
  client: WechatPayClient,
  input: {
    out_trade_no: string
    out_refund_no: string
    refund_fen: number
    total_fen: number
    reason: string
  }
): Promise<RefundAnswer> {
  return (await client.request<RefundAnswer>("POST", "/v3/refund/domestic/refunds", {
    out_trade_no: input.out_trade_no,
    out_refund_no: input.out_refund_no,
    reason: input.reason.slice(0, 80),
    amount: { refund: input.refund_fen, total: input.total_fen, currency: "CNY" },
  }))!
}

/**
 * GET /v3/refund/domestic/refunds/{out_refund_no}: the refund WeChat Pay made
 * under this number, or null when it made none (RESOURCE_NOT_EXISTS).
 */
export async function queryRefund(
  client: WechatPayClient,
  outRefundNo: string
): Promise<RefundAnswer | null> {
  try {
    return await client.request<RefundAnswer>(
      "GET",
      `/v3/refund/domestic/refunds/${encodeURIComponent(outRefundNo)}`
    )
  } catch (error) {
    if (error instanceof WechatPayError && error.code === "RESOURCE_NOT_EXISTS") return null
    throw error
  }
}
