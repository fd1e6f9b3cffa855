import type { IPricingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { yuanString } from "../../../shared/money"
import type { UnitPriceTier } from "../../../types/http/unit-prices"
import { findUnitPriceListId } from "./unit-price-list"

/** A price of a variant's price set, as the unit price reads take it from the pricing module. */
export type VariantPriceRow = {
  id: string
  amount: number | string
  currency_code: string | null
  min_quantity: number | string | null
  max_quantity: number | string | null
  price_list_id: string | null
  rules_count: number | null
}

const PRICE_SELECT = [
  "id",
  "price_set_id",
  "amount",
  "currency_code",
  "min_quantity",
  "max_quantity",
  "price_list_id",
  "rules_count",
]

/**
 * Every price (retail and price-list prices) of the given price sets, by price
 * set. Read from the pricing module: `query.graph`'s `price_set.prices` leaves
 * out the prices of price lists.
 */
export async function pricesBySet(
  container: MedusaContainer,
  priceSetIds: string[]
): Promise<Map<string, VariantPriceRow[]>> {
  const bySet = new Map<string, VariantPriceRow[]>()
  if (!priceSetIds.length) return bySet
  const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
  const prices = await pricing.listPrices(
    { price_set_id: priceSetIds },
    { select: PRICE_SELECT, take: null }
  )
  for (const price of prices as unknown as (VariantPriceRow & { price_set_id: string })[]) {
    const list = bySet.get(price.price_set_id) ?? []
    list.push(price)
    bySet.set(price.price_set_id, list)
  }
  return bySet
}

const quantity = (v: number | string | null) => (v === null || v === undefined ? null : Number(v))

/** The retail price (CNY, no price list, no rule, no quantity) of a variant's prices, or null. */
export function retailPrice(prices: VariantPriceRow[]): string | null {
  const retail = prices.find(
    (p) =>
      !p.price_list_id &&
      p.currency_code === "cny" &&
      !p.rules_count &&
      quantity(p.min_quantity) === null &&
      quantity(p.max_quantity) === null
  )
  return retail ? yuanString(retail.amount) : null
}

/** The unit tiers (prices of the unit price list, CNY) of a variant's prices, by starting quantity. */
export function unitTiers(prices: VariantPriceRow[], listId: string | null): UnitPriceTier[] {
  if (!listId) return []
  return prices
    .filter((p) => p.price_list_id === listId && p.currency_code === "cny")
    .map((p) => ({
      min_quantity: quantity(p.min_quantity) ?? 1,
      max_quantity: quantity(p.max_quantity),
      amount: yuanString(p.amount),
    }))
    .sort((a, b) => a.min_quantity - b.min_quantity)
}

export type LoadedVariantPrices = {
  variant_id: string
  retail_price: string | null
  price_list_id: string | null
  /** the variant's prices in the price list (all currencies), replaced by a change */
  unit_price_ids: string[]
}

/**
 * Which variant, and which of its price lists: a unit's negotiated list
 * (`price_list_id`, null while it has none) or, when left out, the shared unit price list.
 */
export type LoadVariantPricesInput = { variant_id: string; price_list_id?: string | null }

export const loadVariantUnitPricesStepId = "load-variant-unit-prices"

/** Reads a variant's retail price and its prices in a price list (404 when no such variant). Reads only. */
export const loadVariantUnitPricesStep = createStep(
  loadVariantUnitPricesStepId,
  async ({ variant_id: variantId, price_list_id }: LoadVariantPricesInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "variant",
      fields: ["id", "price_set.id"],
      filters: { id: variantId },
    })
    const variant = data[0] as { id: string; price_set?: { id: string } | null } | undefined
    if (!variant) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `没有这个商品规格：${variantId}`)
    }
    const setId = variant.price_set?.id
    const prices = setId ? ((await pricesBySet(container, [setId])).get(setId) ?? []) : []
    const listId =
      price_list_id !== undefined
        ? price_list_id
        : await findUnitPriceListId(container.resolve<IPricingModuleService>(Modules.PRICING))
    const loaded: LoadedVariantPrices = {
      variant_id: variant.id,
      retail_price: retailPrice(prices),
      price_list_id: listId,
      unit_price_ids: listId
        ? prices.filter((p) => p.price_list_id === listId).map((p) => p.id)
        : [],
    }
    return new StepResponse(loaded)
  }
)
