/**
 * Produce facts the storefront shows, computed from Medusa's records: money
 * in fen (integers), price per 斤, stock state and harvest seasons. Pure
 * functions, no I/O.
 */
import type { StoreProduct, StoreVariant } from "./types"

/** Yuan as Medusa returns them (e.g. 49.9) to integer fen (4990). */
export function toFen(yuan: number | string | null | undefined): number | null {
  if (yuan === null || yuan === undefined || yuan === "") return null
  const value = typeof yuan === "number" ? yuan : Number(yuan)
  if (!Number.isFinite(value)) return null
  return Math.round(value * 100)
}

/** 4990 → "49.90"; thousands separated (1,234.50). */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? "-" : ""
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return `${sign}${yuan}.${String(abs % 100).padStart(2, "0")}`
}

/** "¥49.90" */
export function formatYuan(fen: number): string {
  return `¥${formatFen(fen)}`
}

/** A decimal yuan string such as the impact route's "123456.70" → "¥123,456.70". */
export function formatYuanString(amount: string | number): string {
  const fen = toFen(amount)
  return fen === null ? "¥0.00" : formatYuan(fen)
}

/** The variant's price in fen, in the region's currency. */
export function variantPriceFen(variant: StoreVariant): number | null {
  return toFen(variant.calculated_price?.calculated_amount ?? null)
}

/** Net weight in thousandths of a 斤 (integers only from here on); null if unknown. */
function netWeightMilliJin(variant: StoreVariant): number | null {
  const jin = Number(variant.metadata?.net_weight_jin)
  if (!Number.isFinite(jin) || jin <= 0) return null
  return Math.round(jin * 1000)
}

/**
 * Price per 斤 in fen, rounded half up to the fen, with integer arithmetic:
 * round(priceFen / jin) = floor((2 · priceFen · 1000 + milliJin) / (2 · milliJin)).
 */
export function pricePerJinFen(priceFen: number, variant: StoreVariant): number | null {
  const milliJin = netWeightMilliJin(variant)
  if (milliJin === null) return null
  return Math.floor((2 * priceFen * 1000 + milliJin) / (2 * milliJin))
}

/** The lowest price among the product's variants, in fen. */
export function lowestPriceFen(product: StoreProduct): number | null {
  const prices = (product.variants ?? [])
    .map(variantPriceFen)
    .filter((p): p is number => p !== null)
  return prices.length ? Math.min(...prices) : null
}

/** Today's date in China (Asia/Shanghai) as YYYY-MM-DD. */
export function chinaToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now)
}

/** This month (1-12) in China. */
export function chinaMonth(now = new Date()): number {
  return Number(chinaToday(now).slice(5, 7))
}

export function harvestMonths(product: StoreProduct): number[] {
  const months = product.metadata?.harvest_months
  return Array.isArray(months) ? months.map(Number).filter((m) => m >= 1 && m <= 12) : []
}

/** True when the product's harvest window contains the current month in China. */
export function isInSeason(product: StoreProduct, month = chinaMonth()): boolean {
  return harvestMonths(product).includes(month)
}

/**
 * The harvest window as "8–10 月" (consecutive months, wrapping over the new
 * year: "11–2 月"), or months listed ("3、5 月") when not consecutive.
 */
export function harvestWindow(product: StoreProduct): string | null {
  const months = Array.from(new Set(harvestMonths(product))).sort((a, b) => a - b)
  if (!months.length) return null
  if (months.length === 12) return "全年"
  if (months.length === 1) return `${months[0]} 月`
  // Find the start of a run that may wrap from December to January.
  const set = new Set(months)
  const start = months.find((m) => !set.has(m === 1 ? 12 : m - 1))
  if (start !== undefined) {
    let end = start
    let length = 1
    while (set.has(end === 12 ? 1 : end + 1) && length < months.length) {
      end = end === 12 ? 1 : end + 1
      length++
    }
    if (length === months.length) return `${start}–${end} 月`
  }
  return `${months.join("、")} 月`
}

/** A pre-sale ship date (YYYY-MM-DD) still ahead, or null. */
export function presaleShipDate(product: StoreProduct, today = chinaToday()): string | null {
  const date = product.metadata?.presale_ships_from
  if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null
  return date >= today ? date : null
}

/** "2027-04-20" → "2027年4月20日" */
export function formatChineseDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number)
  return `${y}年${m}月${d}日`
}

export const LOW_STOCK = 10

export type StockState =
  | { kind: "in_stock" }
  | { kind: "low"; quantity: number }
  | { kind: "sold_out" }
  | { kind: "presale"; shipsFrom: string }

/** What a buyer may expect of a variant: in stock, low, sold out or pre-sale. */
export function stockState(
  product: StoreProduct,
  variant: StoreVariant,
  today = chinaToday()
): StockState {
  const tracked = variant.manage_inventory && !variant.allow_backorder
  const quantity = variant.inventory_quantity ?? 0
  if (tracked && quantity <= 0) return { kind: "sold_out" }
  const shipsFrom = presaleShipDate(product, today)
  if (shipsFrom) return { kind: "presale", shipsFrom }
  if (tracked && quantity <= LOW_STOCK) return { kind: "low", quantity }
  return { kind: "in_stock" }
}

/** True when no variant can be bought. */
export function isSoldOut(product: StoreProduct): boolean {
  const variants = product.variants ?? []
  return variants.length > 0 && variants.every((v) => stockState(product, v).kind === "sold_out")
}
