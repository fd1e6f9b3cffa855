import type { MedusaContainer } from "@medusajs/framework/types"
import { asValue } from "@medusajs/framework/awilix"
import type { WeighedLine } from "./cart-parcel"

/** The registration name of one request's listed carts. */
const LISTED_CARTS = "shop_listed_carts"

/** A cart as the shipping-option listing read it: its item total, its lines weighed. */
export type ListedCart = { item_total: unknown; items: WeighedLine[] }

/**
 * What the listing's parcel hook (workflows/hooks/parcel-weight.ts) read of
 * each cart during one request, by cart id: GET /store/shipping-options
 * registers it on the request's scope before it runs the listing, and prices
 * the calculated options from it instead of reading the cart again. The
 * request's scope is its own, so nothing is kept past the request.
 */
export function keepListedCarts(scope: MedusaContainer): Map<string, ListedCart> {
  const kept = new Map<string, ListedCart>()
  scope.register(LISTED_CARTS, asValue(kept))
  return kept
}

/** The listed carts of the request whose scope `container` descends from, if it keeps them. */
export function listedCartsOf(container: MedusaContainer): Map<string, ListedCart> | undefined {
  return container.hasRegistration(LISTED_CARTS)
    ? container.resolve<Map<string, ListedCart>>(LISTED_CARTS)
    : undefined
}
