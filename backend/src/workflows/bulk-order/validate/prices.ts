/**
 * Unit prices of a bulk order's variants through Medusa's pricing module,
 * with the context a verified member's cart gets (region, currency, the
 * customer and its groups) and, as `quantity`, the whole order's quantity of
 * that variant: a tier (price list rule, `min_quantity`) is reached by the
 * order as a whole. Never a price from the request. One pricing call per
 * distinct quantity, not per row; the next tier is the lowest `min_quantity`
 * above the order's quantity that prices lower.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import BigNumber from "bignumber.js"
import { yuanToFen } from "../../../shared/money"
import type { PricingContext } from "./catalog"

export type VariantPrice = {
  unit_price_fen: number
  tier_min_quantity: number | null
  next_tier: { min_quantity: number; unit_price_fen: number } | null
}

type Calculated = {
  id: string
  calculated_amount: unknown
  calculated_price?: { min_quantity?: unknown; price_list_id?: string | null } | null
}

const fenOf = (amount: unknown): number | null => {
  if (amount === null || amount === undefined) return null
  const value =
    typeof amount === "object" && amount !== null && "numeric" in amount
      ? (amount as { numeric: number }).numeric
      : amount
  return yuanToFen(new BigNumber(String(value)).toString())
}

/** Prices of price sets at one quantity, keyed by price set id. */
async function priceAt(
  container: MedusaContainer,
  priceSetIds: string[],
  context: PricingContext,
  quantity: number
): Promise<Map<string, Calculated>> {
  const pricing = container.resolve(Modules.PRICING)
  // as the cart's pricing context: nested `customer.groups` for the price lists' group rules
  const pricingContext = {
    context: {
      currency_code: context.currency_code,
      ...(context.region_id ? { region_id: context.region_id } : {}),
      customer_id: context.customer_id,
      customer: { id: context.customer_id, groups: context.group_ids.map((id) => ({ id })) },
      quantity,
    },
  } as unknown as Parameters<typeof pricing.calculatePrices>[1]
  const calculated = (await pricing.calculatePrices(
    { id: priceSetIds },
    pricingContext
  )) as unknown as Calculated[]
  return new Map(calculated.map((c) => [c.id, c]))
}

/** The unit price (and tiers) of each price set for the order's quantity of it. */
export async function bulkPrices(
  container: MedusaContainer,
  quantities: Map<string, number>,
  context: PricingContext
): Promise<Map<string, VariantPrice>> {
  const result = new Map<string, VariantPrice>()
  if (!quantities.size) return result
  const byQuantity = new Map<number, string[]>()
  for (const [id, q] of quantities) byQuantity.set(q, [...(byQuantity.get(q) ?? []), id])
  for (const [q, ids] of byQuantity) {
    const prices = await priceAt(container, ids, context, q)
    for (const id of ids) {
      const c = prices.get(id)
      const fen = c ? fenOf(c.calculated_amount) : null
      if (fen === null) continue
      const min = Number(c?.calculated_price?.min_quantity ?? 0)
      result.set(id, {
        unit_price_fen: fen,
        tier_min_quantity: c?.calculated_price?.price_list_id && min > 1 ? min : null,
        next_tier: null,
      })
    }
  }
  // the next tier: thresholds above the order's quantity, priced at each (one call per threshold)
  const pricing = container.resolve(Modules.PRICING)
  const tiers = await pricing.listPrices(
    { price_set_id: [...result.keys()], currency_code: context.currency_code },
    { select: ["price_set_id", "min_quantity"] }
  )
  const above = new Map<number, string[]>()
  for (const t of tiers) {
    const min = Number(t.min_quantity ?? 0)
    const id = t.price_set_id as string
    if (min > (quantities.get(id) ?? 0) && !above.get(min)?.includes(id))
      above.set(min, [...(above.get(min) ?? []), id])
  }
  for (const min of [...above.keys()].sort((a, b) => a - b)) {
    const ids = above.get(min)!.filter((id) => !result.get(id)?.next_tier)
    if (!ids.length) continue
    const prices = await priceAt(container, ids, context, min)
    for (const id of ids) {
      const fen = fenOf(prices.get(id)?.calculated_amount)
      const current = result.get(id)!
      if (fen !== null && fen < current.unit_price_fen)
        current.next_tier = { min_quantity: min, unit_price_fen: fen }
    }
  }
  return result
}
