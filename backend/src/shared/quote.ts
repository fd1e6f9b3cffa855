/**
 * The rules of quotes (询价), one home for the server, the admin and the
 * storefront: totals exact in fen, the display reference, when a quoted
 * quote reads as expired, and the field rules of the bodies (zod).
 */
import { z } from "zod"
import type { QuoteStatus } from "../types/http/quote"
import { chinaCompactDate } from "./china-time"
import { fenToYuan, parseFen } from "./money"
import { line } from "./text"

/** The least cart total a quote may be requested for, when QUOTE_MIN_AMOUNT is not set: ¥2,000. */
export const QUOTE_MIN_AMOUNT_DEFAULT = "2000.00"

/** The largest price or shipping amount a quote takes: ¥10,000,000. */
export const QUOTE_AMOUNT_MAX_FEN = BigInt(1_000_000_000)

export type QuoteLineAmounts = {
  quantity: number
  list_price: string
  quoted_price: string | null
}

export type QuoteTotalsFen = {
  /** each line's quantity × its price (the quoted one when set, else the list price) */
  lines: bigint[]
  subtotal: bigint
  shipping: bigint
  total: bigint
}

const fenOf = (value: string | null | undefined) => parseFen(value ?? "0") ?? BigInt(0)

/** A quote's totals in fen: lines at the quoted price (else the list price), plus shipping. */
export function quoteTotals(lines: QuoteLineAmounts[], shipping: string | null): QuoteTotalsFen {
  const amounts = lines.map(
    (l) => BigInt(l.quantity) * fenOf(l.quoted_price ?? l.list_price)
  )
  const subtotal = amounts.reduce((sum, a) => sum + a, BigInt(0))
  const shippingFen = fenOf(shipping)
  return { lines: amounts, subtotal, shipping: shippingFen, total: subtotal + shippingFen }
}

/** The human reference of the `n`th quote of a China day: XJ20261201-0007. */
export function quoteDisplayId(at: Date, n: number): string {
  return `XJ${chinaCompactDate(at)}-${String(n).padStart(4, "0")}`
}

/** The prefix every display reference of that China day starts with. */
export function quoteDisplayPrefix(at: Date): string {
  return `XJ${chinaCompactDate(at)}-`
}

/** What a quote reads as: a quoted quote whose valid_until has passed is expired. */
export function quoteStatusAt(
  stored: QuoteStatus,
  validUntil: Date | string | null,
  now: Date = new Date()
): QuoteStatus {
  if (stored === "quoted" && validUntil && new Date(validUntil).getTime() <= now.getTime()) {
    return "expired"
  }
  return stored
}

/** An amount of the support team's: yuan, two decimals at most, up to ¥10,000,000; `positive` excludes 0. */
export const quoteAmount = (what: string, positive: boolean) =>
  z.union([z.string(), z.number()]).transform((value, ctx) => {
    const text = String(value).trim()
    const fen = /^\d+(\.\d{1,2})?$/.test(text) ? parseFen(text) : null
    if (fen === null || (positive && fen <= BigInt(0)) || fen > QUOTE_AMOUNT_MAX_FEN) {
      ctx.addIssue({
        code: "custom",
        message: `${what}须是${positive ? "大于 0 " : ""}的金额（元，最多两位小数，不超过 1000 万）`,
      })
      return z.NEVER
    }
    return fenToYuan(fen)
  })

const DAY = /^\d{4}-\d{2}-\d{2}$/
const isRealDay = (value: string) =>
  DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value

/** A delivery day, YYYY-MM-DD; null or "" clears it. */
const deliveryDay = (what: string) =>
  z
    .union([z.string().trim(), z.null()])
    .transform((v) => (v === "" ? null : v))
    .refine((v) => v === null || isRealDay(v), `${what}须是日期（如 2026-12-08）`)

/** 询价说明 of the unit: optional, up to 500 characters of one line. */
export const quoteMessageSchema = line("message", 500).nullish()

/** POST /store/units/me/quotes: the member's cart; nothing about prices. */
export const storeCreateQuoteSchema = z
  .object({
    cart_id: z.string().trim().min(1, "请指定购物车").max(100),
    message: quoteMessageSchema,
  })
  .strict()

/** POST /store/units/me/quotes/:id/decline: an optional reason. */
export const storeDeclineQuoteSchema = z
  .object({ reason: line("reason", 200).nullish() })
  .strict()

/** POST /admin/quotes/:id: the support team's prices and terms. */
export const adminUpdateQuoteSchema = z
  .object({
    lines: z
      .array(
        z
          .object({
            id: z.string().trim().min(1).max(100),
            quoted_price: quoteAmount("报价单价", true),
          })
          .strict()
      )
      .max(500)
      .optional(),
    shipping: z.union([quoteAmount("运费", false), z.null()]).optional(),
    valid_until: z
      .union([z.iso.datetime({ offset: true, message: "有效期须是时间（ISO 8601）" }), z.null()])
      .optional(),
    delivery_from: deliveryDay("最早交货日期").optional(),
    delivery_to: deliveryDay("最晚交货日期").optional(),
    terms: z
      .union([z.string().trim().max(1000, "条款最多 1000 字"), z.null()])
      .transform((v) => (v === "" ? null : v))
      .optional(),
  })
  .strict()
  .refine(
    (v) => !v.delivery_from || !v.delivery_to || v.delivery_from <= v.delivery_to,
    { message: "最早交货日期不能晚于最晚交货日期", path: ["delivery_from"] }
  )

export type AdminUpdateQuoteBody = z.infer<typeof adminUpdateQuoteSchema>
