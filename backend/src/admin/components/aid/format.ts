import type { TranslateFn } from "../../i18n/use-t"
import { groupedYuan, parseFen } from "../../../shared/money"

/**
 * Amounts and percentages of the aid reports as the admin shows them. Amounts
 * arrive as yuan in decimal strings ("12345.60"); they are read as whole fen
 * (shared/money.ts: BigInt, never floating point), so what is shown is exactly
 * what the API sent. Dates: shared/china-time.ts.
 */

/** "¥1,234.50", or "-¥12.00" for a take-back. */
export const yuanText = (t: TranslateFn, value: string | null | undefined): string => {
  const fen = parseFen(value)
  if (fen === null) return t("aid.yuan", { amount: String(value ?? "") })
  const text = t("aid.yuan", { amount: groupedYuan(fen < BigInt(0) ? -fen : fen) })
  return fen < BigInt(0) ? `-${text}` : text
}

/** Bar and line heights only: the yuan as a number (never summed or shown). */
export const chartValue = (value: string): number => Number(value) || 0

/** A ratio (1 = 100 %) as a percentage with one decimal: 0.4567 → "45.7". */
export const formatPercent = (ratio: number): string => (Math.round(ratio * 1000) / 10).toFixed(1)

/**
 * A part's share of a total as a percentage with one decimal, computed in
 * whole fen (half up): ("456.70", "1000.00") → "45.7"; null without a positive total.
 */
export const sharePercent = (part: string, total: string): string | null => {
  const p = parseFen(part)
  const whole = parseFen(total)
  if (p === null || whole === null || whole <= BigInt(0)) return null
  const tenths = (p * BigInt(2000) + whole) / (BigInt(2) * whole)
  const sign = tenths < BigInt(0) ? "-" : ""
  const abs = tenths < BigInt(0) ? -tenths : tenths
  return `${sign}${abs / BigInt(10)}.${abs % BigInt(10)}`
}

/** Short axis labels of yuan amounts: 12000 → "1.2万", 350000000 → "3.5亿". */
export const axisAmountFormatter =
  (t: TranslateFn) =>
  (value: number): string => {
    const abs = Math.abs(value)
    const short = (unit: number) => String(Number((value / unit).toFixed(1)))
    if (abs >= 1e8) return t("aid.axisHundredMillion", { amount: short(1e8) })
    if (abs >= 1e4) return t("aid.axisTenThousand", { amount: short(1e4) })
    return String(Math.round(value))
  }
