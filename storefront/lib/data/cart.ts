import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { StoreCartCompleteOrderToken } from "@http/order-access"
import { medusa } from "./medusa"
import { authHeaders, getCartId, rememberPlacedOrder, removeCartId, setCartId } from "./cookies"
import { getRegionId } from "./regions"

export type StoreCart = HttpTypes.StoreCart
export type StoreCartLineItem = HttpTypes.StoreCartLineItem

/** What the cart and checkout pages read: Medusa's totals, items with their product's storage and stock. */
const CART_FIELDS = [
  "*items",
  "+items.total",
  "+items.subtotal",
  "+items.original_total",
  "*items.variant",
  "+items.variant.inventory_quantity",
  "+items.variant.manage_inventory",
  "+items.variant.allow_backorder",
  "*shipping_methods",
  "+shipping_methods.total",
  "*shipping_address",
  "*billing_address",
  "*payment_collection",
  "*payment_collection.payment_sessions",
  "*region",
  "+metadata",
].join(",")

/** The visitor's open cart, or null (no cookie, completed or unknown cart). */
export async function retrieveCart(id?: string): Promise<StoreCart | null> {
  const cartId = id ?? (await getCartId())
  if (!cartId) return null
  try {
    const { cart } = await medusa.store.cart.retrieve(
      cartId,
      { fields: CART_FIELDS },
      await authHeaders()
    )
    if (cart.completed_at) return null
    return await withProductMetadata(cart)
  } catch {
    return null
  }
}

/**
 * The store's cart routes do not return product metadata: read it from the
 * products (storage decides the shipping profile) and put it on the items.
 */
async function withProductMetadata(cart: StoreCart): Promise<StoreCart> {
  const ids = [
    ...new Set((cart.items ?? []).map((item) => item.product_id).filter(Boolean)),
  ] as string[]
  if (!ids.length) return cart
  const { products } = await medusa.store.product.list({
    id: ids,
    limit: ids.length,
    fields: "id,handle,metadata",
  })
  const byId = new Map(products.map((p) => [p.id, p]))
  for (const item of cart.items ?? []) {
    const product = byId.get(item.product_id ?? "")
    if (product) item.product = { ...(item.product ?? {}), ...product }
  }
  return cart
}

/** The visitor's open cart, created in the shop's region when there is none. */
export async function getOrCreateCart(): Promise<StoreCart> {
  const existing = await retrieveCart()
  if (existing) return existing
  const { cart } = await medusa.store.cart.create(
    { region_id: await getRegionId() },
    { fields: CART_FIELDS },
    await authHeaders()
  )
  await setCartId(cart.id)
  return cart
}

export async function addLineItem(cartId: string, variantId: string, quantity: number) {
  await medusa.store.cart.createLineItem(
    cartId,
    { variant_id: variantId, quantity },
    {},
    await authHeaders()
  )
}

export async function updateLineItem(cartId: string, lineId: string, quantity: number) {
  await medusa.store.cart.updateLineItem(cartId, lineId, { quantity }, {}, await authHeaders())
}

export async function deleteLineItem(cartId: string, lineId: string) {
  await medusa.store.cart.deleteLineItem(cartId, lineId, {}, await authHeaders())
}

export async function applyPromotion(cartId: string, code: string): Promise<StoreCart> {
  const { cart } = await medusa.store.cart.addPromotions(
    cartId,
    { promo_codes: [code] },
    { fields: "id,*promotions" },
    await authHeaders()
  )
  return cart
}

export async function removePromotion(cartId: string, code: string) {
  await medusa.store.cart.removePromotions(cartId, { promo_codes: [code] }, {}, await authHeaders())
}

export async function updateCart(cartId: string, body: HttpTypes.StoreUpdateCart) {
  const { cart } = await medusa.store.cart.update(
    cartId,
    body,
    { fields: CART_FIELDS },
    await authHeaders()
  )
  return cart
}

export async function addShippingMethod(cartId: string, optionId: string) {
  await medusa.store.cart.addShippingMethod(
    cartId,
    { option_id: optionId },
    {},
    await authHeaders()
  )
}

export type CompleteResult =
  { type: "order"; order: HttpTypes.StoreOrder } | { type: "cart"; error: string }

/** What completing a cart answers here: the backend adds the new order's order token. */
type CompleteResponse = HttpTypes.StoreCompleteCartResponse & Partial<StoreCartCompleteOrderToken>

export async function completeCart(cartId: string): Promise<CompleteResult> {
  const result: CompleteResponse = await medusa.store.cart.complete(cartId, {}, await authHeaders())
  if (result.type === "order") {
    // the order token proves this browser placed the order (the confirmation page reads the order with it)
    await rememberPlacedOrder(result.order.id, result.order_token)
    return { type: "order", order: result.order }
  }
  return { type: "cart", error: result.error?.message ?? "unknown" }
}

export async function forgetCart() {
  await removeCartId()
}

/** Number of units in the visitor's cart (for the header). */
export async function cartItemCount(): Promise<number> {
  const cartId = await getCartId()
  if (!cartId) return 0
  try {
    const { cart } = await medusa.store.cart.retrieve(cartId, {
      fields: "id,completed_at,items.id,items.quantity",
    })
    if (cart.completed_at) return 0
    return (cart.items ?? []).reduce((acc, item) => acc + item.quantity, 0)
  } catch {
    return 0
  }
}
