import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  calculateShippingOptionsPricesWorkflow,
  listShippingOptionsForCartWithPricingWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { FREIGHT_CLASSES, type FreightClass } from "../../shared/freight"
import { PARCEL_GRAMS_CONTEXT_KEY } from "../../shared/shipping-options"
import { CART_ITEM_TOTAL_CONTEXT_KEY, itemsGrams } from "../../modules/freight/service"

type CartItem = {
  quantity?: unknown
  variant?: { weight?: unknown; product?: { shipping_profile?: { type?: string } | null } | null }
}

/** The cold-chain shipping profile's type (the seed's 冷链商品); every other profile ships ambient. */
const COLD_CHAIN_PROFILE_TYPE = "cold_chain"

async function cartOf(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "item_total",
      "items.quantity",
      "items.variant.weight",
      "items.variant.product.shipping_profile.type",
    ],
    filters: { id: cartId },
  })
  return data[0] as { item_total?: unknown; items?: CartItem[] } | undefined
}

/**
 * The cart's parcel weight per freight class, for the express options' rule
 * (`parcel_grams_<class> lte 50000`): heavier carts are not offered express,
 * and a cart that grows past it loses its express method when Medusa
 * refreshes the cart's shipping methods.
 */
async function parcelContext(cartId: string | undefined, container: MedusaContainer) {
  const context: Record<string, number> = {}
  for (const c of FREIGHT_CLASSES) context[PARCEL_GRAMS_CONTEXT_KEY[c]] = 0
  if (!cartId) return new StepResponse(context)
  const cart = await cartOf(container, cartId)
  const byClass = new Map<FreightClass, CartItem[]>()
  for (const item of cart?.items ?? []) {
    const type = item.variant?.product?.shipping_profile?.type
    const c: FreightClass = type === COLD_CHAIN_PROFILE_TYPE ? "cold_chain" : "ambient"
    byClass.set(c, [...(byClass.get(c) ?? []), item])
  }
  for (const [c, items] of byClass) context[PARCEL_GRAMS_CONTEXT_KEY[c]] = itemsGrams(items)
  return new StepResponse(context)
}

/** The whole cart's item total (yuan), which the express free threshold reads, as flat prices did. */
async function itemTotalContext(cartId: string | undefined, container: MedusaContainer) {
  const cart = cartId ? await cartOf(container, cartId) : undefined
  const total = cart?.item_total
  const value =
    typeof total === "number" || typeof total === "string"
      ? String(total)
      : String((total as { numeric?: number } | undefined)?.numeric ?? 0)
  return new StepResponse({ [CART_ITEM_TOTAL_CONTEXT_KEY]: value })
}

listShippingOptionsForCartWorkflow.hooks.setShippingOptionsContext(({ cart }, { container }) =>
  parcelContext((cart as { id?: string }).id, container)
)
listShippingOptionsForCartWithPricingWorkflow.hooks.setShippingOptionsContext(
  ({ cart }, { container }) => parcelContext((cart as { id?: string }).id, container)
)
listShippingOptionsForCartWithPricingWorkflow.hooks.setCalculatedShippingPricingContext(
  ({ input }, { container }) => itemTotalContext(input.cart_id, container)
)
calculateShippingOptionsPricesWorkflow.hooks.setCalculatedShippingPricingContext(
  ({ input }, { container }) => itemTotalContext(input.cart_id, container)
)
