/**
 * Rules of the unit's yearly aid quota and statements, shared by the server,
 * the admin and the storefront: the target of an allowance per member ×
 * headcount (exact, in fen), the percentage reached, the statement period's
 * limits and the verification code's alphabet.
 */
import { z } from "zod"
import { DATE_PATTERN } from "./china-time"
import { fenToYuan, parseFen } from "./money"

/** Years a quota may be set for. */
export const QUOTA_YEAR_MIN = 2020
export const QUOTA_YEAR_MAX = 2100
/** The largest target or allowance: 1 亿 yuan; the largest headcount. */
export const QUOTA_AMOUNT_MAX_FEN = BigInt(10_000_000_000)
export const QUOTA_HEADCOUNT_MAX = 1_000_000
/** A statement covers at most five years (1,827 days). */
export const STATEMENT_MAX_DAYS = 1827

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

/** Whole days from one China day to another (both "YYYY-MM-DD"). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

const positiveYuan = (what: string) =>
  z.union([z.string(), z.number()]).transform((value, ctx) => {
    const text = String(value).trim()
    const fen = /^\d+(\.\d{1,2})?$/.test(text) ? parseFen(text) : null
    if (fen === null || fen <= BigInt(0) || fen > QUOTA_AMOUNT_MAX_FEN) {
      ctx.addIssue({ code: "custom", message: `${what}须是大于 0 的金额（元，最多两位小数，不超过 1 亿）` })
      return z.NEVER
    }
    return fenToYuan(fen)
  })

export const quotaYear = z.coerce
  .number({ message: "年份须是数字" })
  .int("年份须是整数")
  .min(QUOTA_YEAR_MIN, `年份须在 ${QUOTA_YEAR_MIN} 到 ${QUOTA_YEAR_MAX} 之间`)
  .max(QUOTA_YEAR_MAX, `年份须在 ${QUOTA_YEAR_MIN} 到 ${QUOTA_YEAR_MAX} 之间`)

/** The body of PUT /store/units/me/quota (and the storefront's form). */
export const unitQuotaSchema = z.discriminatedUnion("basis", [
  z.object({ year: quotaYear, basis: z.literal("amount"), amount: positiveYuan("年度目标") }).strict(),
  z
    .object({
      year: quotaYear,
      basis: z.literal("per_member"),
      per_member: positiveYuan("人均额度"),
      headcount: z.coerce
        .number({ message: "人数须是数字" })
        .int("人数须是整数")
        .min(1, "人数至少为 1")
        .max(QUOTA_HEADCOUNT_MAX, `人数不能超过 ${QUOTA_HEADCOUNT_MAX}`),
    })
    .strict(),
])

const chinaDate = (what: string) =>
  z
    .string({ message: `${what}须是日期，如 2026-01-31` })
    .regex(DATE_PATTERN, `${what}须是日期，如 2026-01-31`)
    .refine(
      (v) => new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      `${what}不是有效的日期`
    )

/** The body of a statement request: China days, from ≤ to, at most five years. */
export const statementPeriodSchema = z
  .object({ from: chinaDate("开始日期"), to: chinaDate("结束日期") })
  .strict()
  .refine((v) => v.from <= v.to, { message: "开始日期不能晚于结束日期", path: ["from"] })
  .refine((v) => daysBetween(v.from, v.to) < STATEMENT_MAX_DAYS, {
    message: "对账期间最长五年",
    path: ["to"],
  })
