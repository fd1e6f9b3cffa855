/**
 * "单位价 ¥xx 起" (or "协议价 ¥xx 起") on the catalogue cards: a product's
 * lowest price for a member of a verified unit over its variants' unit tiers
 * and its unit's negotiated tiers (the most a member can save), exact to the fen.
 */
import type { StoreUnitPrice } from "@http/unit-prices"
import { parseFen } from "@shared/money"

/** A card's lowest price (decimal yuan) and whether it is the unit's negotiated price. */
export type CardUnitPrice = { amount: string; negotiated: boolean }

/** The lowest tier of each product that has tiers (unit or negotiated), by product id. */
export function lowestCardPrices(prices: StoreUnitPrice[]): Map<string, CardUnitPrice> {
  const lowest = new Map<string, CardUnitPrice & { fen: bigint }>()
  const consider = (productId: string, amount: string, negotiated: boolean) => {
    const fen = parseFen(amount)
    if (fen === null || fen <= BigInt(0)) return
    const known = lowest.get(productId)
    // at the same price the negotiated one is named: it is what the member pays
    if (!known || fen < known.fen || (fen === known.fen && negotiated)) {
      lowest.set(productId, { amount, fen, negotiated })
    }
  }
  for (const { product_id, tiers, negotiated_tiers } of prices) {
    for (const { amount } of tiers) consider(product_id, amount, false)
    for (const { amount } of negotiated_tiers ?? []) consider(product_id, amount, true)
  }
  return new Map([...lowest].map(([id, { amount, negotiated }]) => [id, { amount, negotiated }]))
}

/** The lowest tier amount (decimal yuan) of each product that has tiers, by product id. */
export function lowestUnitPrices(prices: StoreUnitPrice[]): Map<string, string> {
  return new Map([...lowestCardPrices(prices)].map(([id, { amount }]) => [id, amount]))
}
