/**
 * "单位价 ¥xx 起" on the catalogue cards: a product's lowest unit price over
 * its variants' tiers (the most a member of a verified unit can save), exact
 * to the fen.
 */
import type { StoreUnitPrice } from "@http/unit-prices"
import { parseFen } from "@shared/money"

/** The lowest tier amount (decimal yuan) of each product that has tiers, by product id. */
export function lowestUnitPrices(prices: StoreUnitPrice[]): Map<string, string> {
  const lowest = new Map<string, { amount: string; fen: bigint }>()
  for (const { product_id, tiers } of prices) {
    for (const { amount } of tiers) {
      const fen = parseFen(amount)
      if (fen === null || fen <= BigInt(0)) continue
      const known = lowest.get(product_id)
      if (!known || fen < known.fen) lowest.set(product_id, { amount, fen })
    }
  }
  return new Map([...lowest].map(([id, { amount }]) => [id, amount]))
}
