/**
 * The rules of unit prices (单位价), one home for the admin API's validator,
 * the admin's drawer form and the storefront's tier display: a variant has
 * up to five tiers, each from a whole number of boxes (rising from tier to
 * tier) at an exact price in yuan that falls from tier to tier; a tier ends
 * where the next one starts.
 */
import { z } from "zod"
import {
  MAX_UNIT_PRICE_TIERS,
  type UnitPriceTier,
  type UnitPriceTierInput,
} from "../types/http/unit-prices"
import { chinaDay, DATE_PATTERN } from "./china-time"
import { parseFen, yuanAmountPattern, yuanString } from "./money"

/** The largest quantity a tier may start at. */
export const MAX_TIER_QUANTITY = 100_000

const AMOUNT = yuanAmountPattern(6)

/** A price a box: "42.50" (a number is read as its decimal text), above zero, at most two decimals. */
export const unitPriceAmountSchema = z
  .union([z.string(), z.number()], { error: "请填写单价" })
  .transform((v) => String(v).trim())
  .refine((v) => AMOUNT.test(v), "单价应为金额，最多两位小数，如 42.50")
  .refine((v) => (parseFen(v) ?? BigInt(0)) > BigInt(0), "单价须大于 0")
  .transform((v) => yuanString(v))

// Medusa's validator words its own message for min/max/int issues: the rules are refinements so
// that the support team reads these.
export const unitPriceTierSchema = z
  .object({
    min_quantity: z
      .number({ error: "起订数量应为整数" })
      .refine((v) => Number.isInteger(v), "起订数量应为整数")
      .refine((v) => v >= 1, "起订数量至少为 1")
      .refine((v) => v <= MAX_TIER_QUANTITY, `起订数量不能超过 ${MAX_TIER_QUANTITY}`),
    amount: unitPriceAmountSchema,
  })
  .strict()

/** The tiers of a variant: starting quantities rising, prices falling (an empty list removes the unit prices). */
export const unitPriceTiersSchema = z.array(unitPriceTierSchema).superRefine((tiers, ctx) => {
  if (tiers.length > MAX_UNIT_PRICE_TIERS) {
    ctx.addIssue({ code: "custom", message: `最多 ${MAX_UNIT_PRICE_TIERS} 档价格` })
    return
  }
  tiers.forEach((tier, i) => {
    if (i === 0) return
    const previous = tiers[i - 1]
    if (tier.min_quantity <= previous.min_quantity) {
      ctx.addIssue({
        code: "custom",
        path: [i, "min_quantity"],
        message: `第 ${i + 1} 档的起订数量应大于第 ${i} 档（${previous.min_quantity}）`,
      })
    }
    if ((parseFen(tier.amount) ?? BigInt(0)) >= (parseFen(previous.amount) ?? BigInt(0))) {
      ctx.addIssue({
        code: "custom",
        path: [i, "amount"],
        message: `第 ${i + 1} 档的单价应低于第 ${i} 档（¥${previous.amount}）`,
      })
    }
  })
})

/** POST /admin/unit-prices/:variant_id */
export const unitPriceSetSchema = z
  .object({
    tiers: unitPriceTiersSchema,
    confirm_above_retail: z.boolean().optional(),
  })
  .strict()
export type UnitPriceSetInput = z.infer<typeof unitPriceSetSchema>

/** The tiers with their ends: each ends one box before the next starts, the last has no end. */
export function tierRanges(tiers: UnitPriceTierInput[]): UnitPriceTier[] {
  return tiers.map((tier, i) => ({
    min_quantity: tier.min_quantity,
    max_quantity: i + 1 < tiers.length ? tiers[i + 1].min_quantity - 1 : null,
    amount: yuanString(tier.amount),
  }))
}

/** The tier a quantity is priced at, or null when it is below the first tier (the retail price applies). */
export function tierFor(tiers: UnitPriceTier[], quantity: number): UnitPriceTier | null {
  return (
    tiers.find(
      (t) => t.min_quantity <= quantity && (t.max_quantity === null || quantity <= t.max_quantity)
    ) ?? null
  )
}

/** The next tier above a quantity (what buying more would reach), or null at the top tier. */
export function nextTier(tiers: UnitPriceTier[], quantity: number): UnitPriceTier | null {
  return tiers.find((t) => t.min_quantity > quantity) ?? null
}

/** The tiers of a variant whose amounts are above the retail price (exactly, to the fen). */
export function tiersAboveRetail<T extends { amount: string }>(tiers: T[], retail: string): T[] {
  const cap = parseFen(retail) ?? BigInt(0)
  return tiers.filter((t) => (parseFen(t.amount) ?? BigInt(0)) > cap)
}

/**
 * The tier a unit member pays at for a quantity, the lower of the unit tiers
 * and the unit's negotiated tiers (协议价), as Medusa's pricing picks the
 * lowest of the override price lists that apply; `negotiated` says the 协议价 won.
 */
export function effectiveTier(
  unitTiers: UnitPriceTier[],
  negotiatedTiers: UnitPriceTier[],
  quantity: number
): { tier: UnitPriceTier; negotiated: boolean } | null {
  const shared = tierFor(unitTiers, quantity)
  const own = tierFor(negotiatedTiers, quantity)
  if (
    own &&
    (!shared || (parseFen(own.amount) ?? BigInt(0)) <= (parseFen(shared.amount) ?? BigInt(0)))
  ) {
    return { tier: own, negotiated: true }
  }
  return shared ? { tier: shared, negotiated: false } : null
}

const day = z
  .string({ error: "日期格式应为 YYYY-MM-DD" })
  .regex(DATE_PATTERN, "日期格式应为 YYYY-MM-DD")
  .refine((v) => {
    const start = chinaDayStart(v)
    return !Number.isNaN(start.getTime()) && chinaDay(start) === v
  }, "没有这一天")

/** The first instant of a China-time day "YYYY-MM-DD". */
export const chinaDayStart = (d: string) => new Date(`${d}T00:00:00.000+08:00`)
/** The last instant of a China-time day "YYYY-MM-DD". */
export const chinaDayEnd = (d: string) => new Date(`${d}T23:59:59.999+08:00`)

/**
 * POST /admin/units/:id/prices: the period of a unit's negotiated prices, in
 * whole China-time days (both included); null: no start, no end.
 */
export const negotiatedPeriodSchema = z
  .object({
    valid_from: day.nullable(),
    valid_until: day.nullable(),
  })
  .strict()
  .refine((p) => !p.valid_from || !p.valid_until || p.valid_from <= p.valid_until, {
    path: ["valid_until"],
    message: "截止日期不能早于开始日期",
  })
export type NegotiatedPeriodInput = z.infer<typeof negotiatedPeriodSchema>

/**
 * The next quantity above `quantity` at which a member pays less (over the
 * unit tiers and the negotiated tiers), with that price: what buying more
 * reaches ("满 100 箱 ¥52.00/箱"), or null when nothing is cheaper further up.
 */
export function nextEffectiveTier(
  unitTiers: UnitPriceTier[],
  negotiatedTiers: UnitPriceTier[],
  quantity: number
): { min_quantity: number; amount: string; negotiated: boolean } | null {
  const now = effectiveTier(unitTiers, negotiatedTiers, quantity)
  const nowFen = now ? (parseFen(now.tier.amount) ?? null) : null
  const starts = [...unitTiers, ...negotiatedTiers]
    .map((t) => t.min_quantity)
    .filter((q) => q > quantity)
    .sort((a, b) => a - b)
  for (const q of starts) {
    const at = effectiveTier(unitTiers, negotiatedTiers, q)
    if (!at) continue
    const fen = parseFen(at.tier.amount) ?? BigInt(0)
    if (nowFen === null || fen < nowFen) {
      return { min_quantity: q, amount: at.tier.amount, negotiated: at.negotiated }
    }
  }
  return null
}
