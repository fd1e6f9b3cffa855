/**
 * Rules of the unit's yearly aid quota and statements, shared by the server,
 * the admin and the storefront: the target of an allowance per member ×
 * headcount (exact, in fen), the percentage reached, the statement period's
 * limits and the verification code's alphabet.
 */
import { z } from "zod"
import { DATE_PATTERN } from "./china-time"
import { fenToYuan, parseFen } from "./money"
import type { UnitQuotaBasis } from "../types/http/unit-report"

/** Years a quota may be set for. */
export const QUOTA_YEAR_MIN = 2020
export const QUOTA_YEAR_MAX = 2100
/** The largest target or allowance: 1 亿 yuan; the largest headcount. */
export const QUOTA_AMOUNT_MAX_FEN = BigInt(10_000_000_000)
export const QUOTA_HEADCOUNT_MAX = 1_000_000
/** A statement covers at most five years (to before the same day five years after from). */
export const STATEMENT_MAX_YEARS = 5

/** The verification code: Crockford's base32 (no I, L, O, U), 20 characters = 100 bits. */
export const STATEMENT_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
export const STATEMENT_CODE_LENGTH = 20

/**
 * A code as a person may type it (lower case, spaces, dashes; O for 0, I or L
 * for 1) in its stored form, or null when it cannot be one.
 */
export function normalizeStatementCode(input: string): string | null {
  const code = String(input ?? "")
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1")
  if (code.length !== STATEMENT_CODE_LENGTH) return null
  for (const c of code) if (!STATEMENT_CODE_ALPHABET.includes(c)) return null
  return code
}

/** The code in groups of four for reading aloud and printing: "ABCD-EFGH-…". */
export const groupStatementCode = (code: string) => code.match(/.{1,4}/g)?.join("-") ?? code

/** The target of an allowance per member × headcount, exact in fen, as yuan. */
export function perMemberTarget(perMember: string, headcount: number): string {
  const fen = parseFen(perMember)
  if (fen === null || !Number.isInteger(headcount)) throw new Error("Not an allowance")
  return fenToYuan(fen * BigInt(headcount))
}

/** total ÷ target in percent, rounded half up to one decimal; null without a positive target. */
export function quotaPercent(total: string, target: string | null | undefined): number | null {
  const t = parseFen(target ?? "")
  const v = parseFen(total)
  if (!t || t <= BigInt(0) || v === null) return null
  // tenths of a percent, rounded half up (negative totals round toward zero)
  const scaled = v * BigInt(2000)
  const tenths = (scaled + (scaled >= BigInt(0) ? t : -t)) / (BigInt(2) * t)
  return Number(tenths) / 10
}

/** Whether from–to (China days, "YYYY-MM-DD") is at most five calendar years. */
export const withinStatementYears = (from: string, to: string) =>
  to < `${String(Number(from.slice(0, 4)) + STATEMENT_MAX_YEARS).padStart(4, "0")}${from.slice(4)}`

/*
 * The bodies' rules give every refusal as a custom issue with a Chinese
 * message: Medusa's validator rewrites zod's built-in issues (too_small,
 * invalid_type, unrecognized_keys …) into English, but keeps custom ones.
 */
type Ctx = z.RefinementCtx

const refuse = (ctx: Ctx, path: string, message: string) => {
  ctx.addIssue({ code: "custom", message, path: path ? [path] : [] })
  return z.NEVER
}

/** An amount of yuan: more than 0, at most two decimals and 1 亿; as "123.40". */
const positiveYuan = (what: string) =>
  z.unknown().transform((value, ctx) => {
    const text = typeof value === "number" || typeof value === "string" ? String(value).trim() : ""
    const fen = /^\d+(\.\d{1,2})?$/.test(text) ? parseFen(text) : null
    if (fen === null || fen <= BigInt(0) || fen > QUOTA_AMOUNT_MAX_FEN) {
      return refuse(ctx, "", `${what}须是大于 0 的金额（元，最多两位小数，不超过 1 亿）`)
    }
    return fenToYuan(fen)
  })

/** A whole number from min to max (a number or its digits). */
const wholeNumber = (message: string, min: number, max: number) =>
  z.unknown().transform((value, ctx) => {
    const text = typeof value === "number" || typeof value === "string" ? String(value).trim() : ""
    const n = /^\d{1,9}$/.test(text) ? Number(text) : NaN
    return Number.isInteger(n) && n >= min && n <= max ? n : refuse(ctx, "", message)
  })

export const quotaYear = wholeNumber(
  `年份须是 ${QUOTA_YEAR_MIN} 到 ${QUOTA_YEAR_MAX} 之间的整数`,
  QUOTA_YEAR_MIN,
  QUOTA_YEAR_MAX
)

/** Refuses fields the body does not know, in Chinese. */
const onlyFields = (known: string[]) => (value: Record<string, unknown>, ctx: Ctx) => {
  const unknown = Object.keys(value).filter((key) => !known.includes(key))
  if (unknown.length) refuse(ctx, unknown[0], `不支持的字段：${unknown.join("、")}`)
}

const QUOTA_FIELDS: Record<UnitQuotaBasis, string[]> = {
  amount: ["year", "basis", "amount"],
  per_member: ["year", "basis", "per_member", "headcount"],
}

/** The body of PUT /store/units/me/quota (and the storefront's form). */
export const unitQuotaSchema = z
  .object({ basis: z.unknown() })
  .passthrough()
  .transform((raw, ctx): UnitQuotaInput => {
    const basis = raw.basis
    if (basis !== "amount" && basis !== "per_member") {
      return refuse(
        ctx,
        "basis",
        "设定方式须是 amount（按总金额）或 per_member（按人均额度 × 人数）"
      )
    }
    onlyFields(QUOTA_FIELDS[basis])(raw, ctx)
    const field = <T>(name: string, schema: z.ZodType<T>): T => {
      const parsed = schema.safeParse(raw[name])
      if (parsed.success) return parsed.data
      return refuse(ctx, name, parsed.error.issues[0]?.message ?? "")
    }
    const year = field("year", quotaYear)
    if (basis === "amount")
      return { year, basis, amount: field("amount", positiveYuan("年度目标")) }
    return {
      year,
      basis,
      per_member: field("per_member", positiveYuan("人均额度")),
      headcount: field(
        "headcount",
        wholeNumber(`人数须是 1 到 ${QUOTA_HEADCOUNT_MAX} 之间的整数`, 1, QUOTA_HEADCOUNT_MAX)
      ),
    }
  })

export type UnitQuotaInput =
  | { year: number; basis: "amount"; amount: string }
  | { year: number; basis: "per_member"; per_member: string; headcount: number }

const chinaDate = (what: string) =>
  z.unknown().transform((value, ctx) => {
    if (typeof value !== "string" || !DATE_PATTERN.test(value)) {
      return refuse(ctx, "", `${what}须是日期，如 2026-01-31`)
    }
    if (!new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)) {
      return refuse(ctx, "", `${what}不是有效的日期`)
    }
    return value
  })

/** The body of a statement request: China days, from ≤ to, at most five years. */
export const statementPeriodSchema = z
  .object({ from: z.unknown(), to: z.unknown() })
  .passthrough()
  .transform((raw, ctx) => {
    onlyFields(["from", "to"])(raw, ctx)
    const from = chinaDate("开始日期").safeParse(raw.from)
    const to = chinaDate("结束日期").safeParse(raw.to)
    if (!from.success) return refuse(ctx, "from", from.error.issues[0].message)
    if (!to.success) return refuse(ctx, "to", to.error.issues[0].message)
    if (from.data > to.data) return refuse(ctx, "from", "开始日期不能晚于结束日期")
    if (!withinStatementYears(from.data, to.data)) return refuse(ctx, "to", "对账期间最长五年")
    return { from: from.data, to: to.data }
  })
