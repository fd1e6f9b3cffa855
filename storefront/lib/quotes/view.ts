/**
 * How the unit area shows a quote (询价), pure so the unit tests read it: the
 * status a member sees (a sent quote past its validity reads 已过期 even
 * before the server marks it), what the member may do with it, the quote
 * threshold of the cart page, and the texts of its dates and prices. Money
 * through @shared/money (exact, in fen), dates in China time.
 */
import type { Quote, QuoteLine, QuoteStatus } from "@http/quote"
import type { UnitMemberRole } from "@http/unit"
import { chinaDay } from "@shared/china-time"
import { fenToYuan, formatYuan, parseFen } from "@shared/money"
import { QUOTE_MIN_AMOUNT_DEFAULT, quoteStatusAt } from "@shared/quote"

/** Who may request quotes: those who buy for the unit (采购员, 管理员), as the server's routes. */
export const QUOTE_REQUESTERS: readonly UnitMemberRole[] = ["buyer", "admin"]
/** Who may accept or decline: those who buy, and the 审批人 (the server counts approval as given). */
export const QUOTE_DECIDERS: readonly UnitMemberRole[] = ["buyer", "admin", "approver"]

/** The status a member sees: a quoted one whose validity has passed is 已过期 (@shared/quote's rule). */
export function shownStatus(quote: Pick<Quote, "status" | "valid_until">, now: Date): QuoteStatus {
  return quoteStatusAt(quote.status, quote.valid_until, now)
}

export type QuoteActions = {
  status: QuoteStatus
  /** 接受报价 and 拒绝: a sent quote still valid and not yet acted on, for a 采购员, 管理员 or 审批人 */
  mayDecide: boolean
  /** a sent quote another member (财务) may only read */
  readOnly: boolean
}

/** What a member of `role` may do with the quote at `now`. */
export function quoteActions(
  quote: Pick<Quote, "status" | "valid_until" | "approval_id" | "order_id">,
  role: UnitMemberRole,
  now: Date
): QuoteActions {
  const status = shownStatus(quote, now)
  const open = status === "quoted" && !quote.approval_id && !quote.order_id
  const decider = QUOTE_DECIDERS.includes(role)
  return { status, mayDecide: open && decider, readOnly: open && !decider }
}

/** The quote threshold in yuan text ("2000.00"): QUOTE_MIN_AMOUNT when it is an amount, else ¥2,000. */
export function quoteThreshold(setting: string | undefined): string {
  const fen = setting?.trim() ? parseFen(setting.trim()) : null
  return fen !== null && fen >= BigInt(0) ? fenToYuan(fen) : QUOTE_MIN_AMOUNT_DEFAULT
}

/** Whether the cart's total (yuan, as Medusa computes it) reaches the quote threshold (yuan text). */
export function reachesThreshold(total: number | string | null | undefined, threshold: string) {
  const fen = parseFen(total === null || total === undefined ? null : String(total))
  const min = parseFen(threshold)
  return fen !== null && min !== null && fen >= min
}

/** A quote line's prices as shown: the list price, and the quoted one when set (lowered or not). */
export function linePrices(line: Pick<QuoteLine, "list_price" | "quoted_price">) {
  const list = parseFen(line.list_price)
  const quoted = line.quoted_price === null ? null : parseFen(line.quoted_price)
  return {
    list: formatYuan(line.list_price),
    quoted: line.quoted_price === null ? null : formatYuan(line.quoted_price),
    /** the quoted price differs from the list price */
    changed: quoted !== null && list !== null && quoted !== list,
  }
}

/** A China-time calendar day as people write it, "2026年12月8日"; an instant is taken to its China day. */
export function chinaDateText(value: string | null | undefined): string {
  if (!value) return ""
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? value
    : Number.isNaN(new Date(value).getTime())
      ? null
      : chinaDay(value)
  if (!day) return value
  const [y, m, d] = day.split("-").map(Number)
  return `${y}年${m}月${d}日`
}
