/**
 * Freight, the one home of what delivery costs: the cart's shipping options,
 * a bulk order's parcels and the storefront's wording all price a parcel here.
 *
 * A parcel is what one order ships: its gross weight (the variants' `weight`,
 * in grams, times the quantities) and its item total decide the price.
 * - Express (标准快递 ambient, 冷链配送 cold chain) carries a parcel up to
 *   `EXPRESS_MAX_GRAMS`. Its base price covers the first `included_grams`; every
 *   started kilogram beyond costs `per_kg_fen`. An item total from `free_from_fen`
 *   waives the base price only: a heavy order still pays for its weight.
 * - Heavier orders go by freight (物流专线 / 冷链专线): priced per started
 *   kilogram with a minimum, slower, and the only choice above the express limit.
 *   A 2,000-斤 canteen order is never free express in 2–4 days.
 *
 * Amounts are whole fen, weights whole grams: integers only, nothing rounds.
 */

export const FREIGHT_CLASSES = ["ambient", "cold_chain"] as const
export type FreightClass = (typeof FREIGHT_CLASSES)[number]

export const FREIGHT_SERVICES = ["express", "freight"] as const
export type FreightService = (typeof FREIGHT_SERVICES)[number]

/** The heaviest parcel express carries (gross); heavier orders go by freight. */
export const EXPRESS_MAX_GRAMS = 50_000

const GRAMS_PER_KG = 1000

export type ExpressRate = {
  /** Price of a parcel up to `included_grams`. */
  base_fen: number
  included_grams: number
  /** Each started kilogram beyond `included_grams`. */
  per_kg_fen: number
  /** From this item total the base price is waived (not the weight beyond it). */
  free_from_fen: number
  days: readonly [number, number]
}

export type FreightRate = {
  per_kg_fen: number
  minimum_fen: number
  days: readonly [number, number]
}

export const EXPRESS_RATES: Record<FreightClass, ExpressRate> = {
  ambient: {
    base_fen: 1200,
    included_grams: 10_000,
    per_kg_fen: 200,
    free_from_fen: 9900,
    days: [2, 4],
  },
  cold_chain: {
    base_fen: 2500,
    included_grams: 5_000,
    per_kg_fen: 500,
    free_from_fen: 19900,
    days: [1, 2],
  },
}

export const FREIGHT_RATES: Record<FreightClass, FreightRate> = {
  ambient: { per_kg_fen: 150, minimum_fen: 8000, days: [3, 7] },
  cold_chain: { per_kg_fen: 400, minimum_fen: 20000, days: [2, 4] },
}

export type FreightQuote = {
  service: FreightService
  freight_class: FreightClass
  amount_fen: number
  weight_grams: number
  days: readonly [number, number]
}

function wholeNonNegative(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole, non-negative number (got ${value})`)
  }
  return value
}

/** Started kilograms in `grams` (1 g is one started kilogram; 0 g none). */
export function startedKilograms(grams: number): number {
  return Math.ceil(wholeNonNegative(grams, "weight") / GRAMS_PER_KG)
}

/** Express price of a parcel in fen, or null when it is too heavy for express. */
export function expressFen(
  freightClass: FreightClass,
  weightGrams: number,
  itemTotalFen: number
): number | null {
  wholeNonNegative(itemTotalFen, "item total")
  if (wholeNonNegative(weightGrams, "weight") > EXPRESS_MAX_GRAMS) {
    return null
  }
  const rate = EXPRESS_RATES[freightClass]
  const beyond = startedKilograms(Math.max(0, weightGrams - rate.included_grams))
  const base = itemTotalFen >= rate.free_from_fen ? 0 : rate.base_fen
  return base + beyond * rate.per_kg_fen
}

/** Freight (专线) price of a load in fen: per started kilogram, never below the minimum. */
export function freightFen(freightClass: FreightClass, weightGrams: number): number {
  const rate = FREIGHT_RATES[freightClass]
  return Math.max(rate.minimum_fen, startedKilograms(weightGrams) * rate.per_kg_fen)
}

/**
 * What a parcel can be sent by, cheapest first: express while it is light
 * enough, freight always (a light parcel rarely wants it, but a unit may).
 */
export function freightQuotes(
  freightClass: FreightClass,
  weightGrams: number,
  itemTotalFen: number
): FreightQuote[] {
  const quotes: FreightQuote[] = []
  const express = expressFen(freightClass, weightGrams, itemTotalFen)
  if (express !== null) {
    quotes.push({
      service: "express",
      freight_class: freightClass,
      amount_fen: express,
      weight_grams: weightGrams,
      days: EXPRESS_RATES[freightClass].days,
    })
  }
  quotes.push({
    service: "freight",
    freight_class: freightClass,
    amount_fen: freightFen(freightClass, weightGrams),
    weight_grams: weightGrams,
    days: FREIGHT_RATES[freightClass].days,
  })
  return quotes.sort((a, b) => a.amount_fen - b.amount_fen)
}

/** Gross weight of a parcel: each line's variant weight (grams; unknown counts 0) times its quantity. */
export function parcelGrams(lines: { weight_grams?: number | null; quantity: number }[]): number {
  return lines.reduce(
    (sum, l) =>
      sum +
      wholeNonNegative(l.weight_grams ?? 0, "weight") * wholeNonNegative(l.quantity, "quantity"),
    0
  )
}
