/**
 * Produce facts the storefront shows, computed from Medusa's records: money
 * in fen (integers), price per 斤, stock state and harvest seasons. Pure
 * functions, no I/O. Money and China time follow the shop's one home for
 * them (backend/src/shared: `yuanToFen`, `formatFen`, `chinaToday` …).
 */
import { chinaMonth, chinaToday, DATE_PATTERN } from "@shared/china-time"
import { yuanToFen } from "@shared/money"
import type { StoreProduct, StoreVariant } from "./types"

/** The variant's price in fen, in the region's currency. */
export function variantPriceFen(variant: StoreVariant): number | null {
  return yuanToFen(variant.calculated_price?.calculated_amount ?? null)
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
  if (typeof date !== "string" || !DATE_PATTERN.test(date)) return null
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
