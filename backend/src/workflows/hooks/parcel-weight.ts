import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  calculateShippingOptionsPricesWorkflow,
  listShippingOptionsForCartWithPricingWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { CART_ITEM_TOTAL_CONTEXT_KEY } from "../../modules/freight/service"
import { FREIGHT_CLASSES } from "../../shared/freight"
import { PARCEL_GRAMS_CONTEXT_KEY } from "../../shared/shipping-options"
import { cartItemTotal, linesGrams, type ParcelLine, weighLines } from "../freight/cart-parcel"
import { listedCartsOf } from "../freight/listed-carts"

type HookCart = { id?: string; item_total?: unknown; items?: (ParcelLine | null)[] | null }

/**
 * The cart's parcel weight per freight class, which the weighed options'
 * rules read (express `lte` 50 kg, freight `gt` express's included weight):
 * heavier carts are not offered express, and a cart that grows past it loses
 * its express method when Medusa refreshes the cart's shipping methods. The
 * listing has just read the cart with its lines (`items.*`); only their
 * variants' weights and shipping profiles are read here. The request that
 * keeps its listed carts (GET /store/shipping-options) gets what was read.
 */
async function parcelContext(cart: HookCart, container: MedusaContainer) {
  const lines = await weighLines(container, cart.items ?? [])
  if (cart.id) listedCartsOf(container)?.set(cart.id, { item_total: cart.item_total, items: lines })
  const grams = linesGrams(lines)
  const context: Record<string, number> = {}
  for (const c of FREIGHT_CLASSES) context[PARCEL_GRAMS_CONTEXT_KEY[c]] = grams[c]
  return new StepResponse(context)
}

listShippingOptionsForCartWorkflow.hooks.setShippingOptionsContext(({ cart }, { container }) =>
  parcelContext(cart as HookCart, container)
)
listShippingOptionsForCartWithPricingWorkflow.hooks.setShippingOptionsContext(
  ({ cart }, { container }) => parcelContext(cart as HookCart, container)
)

/**
 * The whole cart's item total (yuan), which the express free threshold reads,
 * as flat prices did. Medusa's pricing workflow for one cart's options
 * (`POST /store/shipping-options/:id/calculate`) reads the cart without its
 * totals; the listing with prices passes the cart's own `item_total` in the
 * provider's context, so it needs no hook.
 */
calculateShippingOptionsPricesWorkflow.hooks.setCalculatedShippingPricingContext(
  async ({ input }, { container }) =>
    new StepResponse({
      [CART_ITEM_TOTAL_CONTEXT_KEY]: (await cartItemTotal(container, input.cart_id)) ?? "0",
    })
)
