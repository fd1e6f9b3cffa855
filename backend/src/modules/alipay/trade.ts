import { randomBytes } from "node:crypto"
import { PaymentActions } from "@medusajs/framework/utils"
import type { WebhookActionResult } from "@medusajs/framework/types"
import { z } from "zod"
import type { AlipayTrade, PayChannel } from "./client"

/** What the payment session's (and then the payment's) `data` holds for 支付宝. */
export type AlipayData = {
  method: "alipay"
  channel: PayChannel
  /** the shop's number of this attempt at Alipay: `<session id>_<6 characters>` (≤ 64) */
  out_trade_no: string
  /** decimal yuan, two decimals, as sent to Alipay */
  amount: string
  currency_code: string
  /** the signed Alipay cashier address to send the buyer's browser to */
  pay_url: string
  /** ISO instant after which Alipay closes the unpaid trade */
  expires_at: string
  trade_no?: string
  trade_status?: AlipayTrade["trade_status"]
  paid_at?: string
  closed_at?: string
  refunds?: { out_request_no: string; amount: string; at: string }[]
}

/** A new out_trade_no for an attempt of this payment session (letters, digits and `_` only). */
export function newOutTradeNo(sessionId: string): string {
  const suffix = randomBytes(4).toString("hex").slice(0, 6).toUpperCase()
  const no = `${sessionId}_${suffix}`
  if (no.length > 64 || !/^[A-Za-z0-9_]+$/.test(no)) {
    throw new Error(`Cannot make an Alipay out_trade_no of session ${sessionId}`)
  }
  return no
}

/**
 * The out_request_no of a refund (≤ 64 letters, digits and `_`, unique per
 * trade): Medusa's refund id when the payment module gives it, else `fallback`.
 */
export function refundRequestNo(idempotencyKey: unknown, fallback: string): string {
  const key = typeof idempotencyKey === "string" ? idempotencyKey : ""
  return key && key.length <= 64 && /^[A-Za-z0-9_]+$/.test(key) ? key : fallback
}

/** The payment session an out_trade_no was made for (everything before its last `_`). */
export function sessionOfOutTradeNo(outTradeNo: string): string | null {
  const at = outTradeNo.lastIndexOf("_")
  return at > 0 ? outTradeNo.slice(0, at) : null
}

/**
 * What the checkout sends when it creates the Alipay session: the channel
 * (`page` 电脑网站支付 on a computer, `wap` 手机网站支付 in a phone's browser)
 * and, optionally, the page to come back to (on the storefront's own origin).
 */
export const AlipaySessionInput = z.object({
  channel: z.enum(["page", "wap"], {
    message: "请选择支付宝的支付方式：电脑网站支付（page）或手机网站支付（wap）",
  }),
  return_url: z.string().url("返回地址无效").max(256, "返回地址过长").optional(),
})

/** Trade states that mean the money was paid. */
export const PAID_STATES = new Set(["TRADE_SUCCESS", "TRADE_FINISHED"])

/** The fields of Alipay's asynchronous notification the shop reads (all strings, form-encoded). */
export const AlipayNotification = z.object({
  notify_id: z.string().min(1),
  app_id: z.string().min(1),
  out_trade_no: z.string().min(1).max(64),
  trade_no: z.string().min(1),
  trade_status: z.enum(["WAIT_BUYER_PAY", "TRADE_CLOSED", "TRADE_SUCCESS", "TRADE_FINISHED"]),
  total_amount: z.string().regex(/^\d+(\.\d{1,2})?$/),
  gmt_payment: z.string().optional(),
  sign: z.string().min(1),
  sign_type: z.string().optional(),
})
export type AlipayNotificationType = z.infer<typeof AlipayNotification>

/** Alipay's "yyyy-MM-dd HH:mm:ss" (China time) as an ISO instant; now when absent. */
export function instantOfChinaTime(text: string | undefined): string {
  const match = text && /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(text)
  return match ? new Date(`${match[1]}T${match[2]}+08:00`).toISOString() : new Date().toISOString()
}

/** The form body of a notification as a flat record of strings (Express may give arrays for repeated keys). */
export function formParams(body: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (!body || typeof body !== "object") return out
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value === "string") out[key] = value
  }
  return out
}

/**
 * What an asynchronous notification means. Only one with Alipay's signature
 * (`verify`), for this app, about a trade the shop made, has data; a paid one
 * is `captured` with its amount, others `not_supported` with their session.
 * Anything else is `not_supported` without data (the notify route answers it
 * `fail`).
 */
export function readNotification(
  params: Record<string, string>,
  appId: string,
  verify: (params: Record<string, string>) => boolean
): WebhookActionResult {
  const refused: WebhookActionResult = { action: PaymentActions.NOT_SUPPORTED }
  const parsed = AlipayNotification.safeParse(params)
  if (!parsed.success || !verify(params)) return refused
  const notice = parsed.data
  const sessionId = sessionOfOutTradeNo(notice.out_trade_no)
  if (notice.app_id !== appId || !sessionId) return refused
  const data = { session_id: sessionId, amount: notice.total_amount }
  return PAID_STATES.has(notice.trade_status)
    ? { action: PaymentActions.SUCCESSFUL, data }
    : { action: PaymentActions.NOT_SUPPORTED, data }
}
