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
import { cartParcel } from "../freight/cart-parcel"

/**
 * One read of the cart's parcel per workflow run: both context hooks of a
 * listing read the same cart, which no step of a listing changes. Each run
 * (each listing, also a nested one after a cart change) has a container of
 * its own (Medusa copies the container for every workflow it runs), so the
 * entry is never seen by another run.
 */
const parcels = new WeakMap<MedusaContainer, Map<string, ReturnType<typeof cartParcel>>>()
function parcelOf(container: MedusaContainer, cartId: string) {
  let ofRun = parcels.get(container)
  if (!ofRun) {
    ofRun = new Map()
    parcels.set(container, ofRun)
  }
  let parcel = ofRun.get(cartId)
  if (!parcel) {
    parcel = cartParcel(container, cartId)
    ofRun.set(cartId, parcel)
    // a failed read is not kept
    parcel.catch(() => ofRun!.delete(cartId))
  }
  return parcel
}

/**
 * The cart's parcel weight per freight class, which the weighed options'
 * rules read (express `lte` 50 kg, freight `gt` express's included weight):
 * heavier carts are not offered express, and a cart that grows past it loses
 * its express method when Medusa refreshes the cart's shipping methods.
 */
async function parcelContext(cartId: string | undefined, container: MedusaContainer) {
  const parcel = cartId ? await parcelOf(container, cartId) : null
  const context: Record<string, number> = {}
  for (const c of FREIGHT_CLASSES) context[PARCEL_GRAMS_CONTEXT_KEY[c]] = parcel?.grams[c] ?? 0
  return new StepResponse(context)
}

/** The whole cart's item total (yuan), which the express free threshold reads, as flat prices did. */
async function itemTotalContext(cartId: string | undefined, container: MedusaContainer) {
  const parcel = cartId ? await parcelOf(container, cartId) : null
  return new StepResponse({ [CART_ITEM_TOTAL_CONTEXT_KEY]: parcel?.item_total ?? "0" })
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
