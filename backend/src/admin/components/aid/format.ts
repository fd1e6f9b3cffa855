import type { TranslateFn } from "../../i18n/use-t"

/**
 * Amounts, percentages and dates of the aid reports. Amounts arrive as yuan
 * in decimal strings ("12345.60"); they are read as whole fen (BigInt), never
 * as floating-point numbers, so what is shown is exactly what the API sent.
 */

const AMOUNT_PATTERN = /^([+-])?(\d*)(?:\.(\d*))?$/

/** Whole fen of a yuan string, rounded half up past the second decimal; null if it is not an amount. */
export const parseFen = (value: string | null | undefined): bigint | null => {
  const match = AMOUNT_PATTERN.exec(String(value ?? "").trim())
  if (!match || (!match[2] && !match[3])) {
    return null
  }
  const [, sign, whole = "", decimals = ""] = match
  let fen = BigInt(whole || "0") * BigInt(100) + BigInt((decimals + "00").slice(0, 2))
  if (decimals.length > 2 && Number(decimals[2]) >= 5) {
    fen += BigInt(1)
  }
  return sign === "-" ? -fen : fen
}

/** "1234567.8" style yuan of whole fen: thousands separators and two decimals. */
export const formatFen = (fen: bigint): string => {
  const negative = fen < BigInt(0)
  const abs = negative ? -fen : fen
  const whole = (abs / BigInt(100)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  const cents = (abs % BigInt(100)).toString().padStart(2, "0")
  return `${negative ? "-" : ""}${whole}.${cents}`
}

/** A yuan string for display: "1234567.8" → "1,234,567.80"; anything unreadable is shown as is. */
export const formatAmount = (value: string | null | undefined): string => {
  const fen = parseFen(value)
  return fen === null ? String(value ?? "") : formatFen(fen)
}

/** "¥1,234.50", or "-¥12.00" for a take-back. */
export const yuanText = (t: TranslateFn, value: string | null | undefined): string => {
  const fen = parseFen(value)
  if (fen === null) return t("aid.yuan", { amount: String(value ?? "") })
  const text = t("aid.yuan", { amount: formatFen(fen < BigInt(0) ? -fen : fen) })
  return fen < BigInt(0) ? `-${text}` : text
}

/** Orders two yuan strings exactly (unreadable ones count as zero). */
export const compareAmounts = (a: string, b: string): number => {
  const x = parseFen(a) ?? BigInt(0)
  const y = parseFen(b) ?? BigInt(0)
  return x === y ? 0 : x < y ? -1 : 1
}

/**
 * Exact sum of yuan strings, as a yuan string. Only for figures the API does not total
 * (one order's entries per partner); report totals always come from the API.
 */
export const sumAmounts = (values: string[]): string => {
  const fen = values.reduce((sum, value) => sum + (parseFen(value) ?? BigInt(0)), BigInt(0))
  return formatFen(fen).replace(/,/g, "")
}

/** Bar and line heights only: the yuan as a number (never summed or shown). */
export const chartValue = (value: string): number => Number(value) || 0

/** A ratio (1 = 100 %) as a percentage with one decimal: 0.4567 → "45.7". */
export const formatPercent = (ratio: number): string => (Math.round(ratio * 1000) / 10).toFixed(1)

/** Short axis label of a yuan amount: 12000 → "1.2万", 350000000 → "3.5亿". */
export const formatAxisAmount = (value: number): string => {
  const abs = Math.abs(value)
  if (abs >= 1e8) return `${Number((value / 1e8).toFixed(1))}亿`
  if (abs >= 1e4) return `${Number((value / 1e4).toFixed(1))}万`
  return String(Math.round(value))
}

const CHINA_OFFSET_MS = 8 * 3600 * 1000

/** Today in China (UTC+8, no daylight saving), YYYY-MM-DD. */
export const chinaToday = (): string =>
  new Date(Date.now() + CHINA_OFFSET_MS).toISOString().slice(0, 10)

/** A timestamp in China time, "YYYY-MM-DD HH:mm". */
export const chinaDateTime = (at: string | Date): string => {
  const time = new Date(at).getTime()
  if (Number.isNaN(time)) return String(at)
  return new Date(time + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ")
}
