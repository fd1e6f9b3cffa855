import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FREIGHT_CLASSES, type FreightClass } from "../../shared/freight"
import { itemsGrams } from "../../modules/freight/service"

type CartItem = {
  quantity?: unknown
  variant?: { weight?: unknown; product?: { shipping_profile?: { type?: string } | null } | null }
}

/** The cold-chain shipping profile's type (the seed's 冷链商品); every other profile ships ambient. */
const COLD_CHAIN_PROFILE_TYPE = "cold_chain"

export type CartParcel = {
  /** gross grams of the cart's items of each freight class */
  grams: Record<FreightClass, number>
  /** the whole cart's item total (yuan, as Medusa computes it) */
  item_total: string
}

/** What a cart weighs per freight class, and its item total; null for an unknown cart. */
export async function cartParcel(
  container: MedusaContainer,
  cartId: string
): Promise<CartParcel | null> {
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
  const cart = data[0] as { item_total?: unknown; items?: CartItem[] } | undefined
  if (!cart) return null
  const byClass: Record<FreightClass, CartItem[]> = { ambient: [], cold_chain: [] }
  for (const item of cart.items ?? []) {
    const type = item.variant?.product?.shipping_profile?.type
    byClass[type === COLD_CHAIN_PROFILE_TYPE ? "cold_chain" : "ambient"].push(item)
  }
  const grams = {} as Record<FreightClass, number>
  for (const c of FREIGHT_CLASSES) grams[c] = itemsGrams(byClass[c])
  return { grams, item_total: itemTotalText(cart.item_total) }
}

/** A cart's `item_total` as Medusa's query answers it (a number, text or a BigNumber), as yuan text. */
export function itemTotalText(total: unknown): string {
  return typeof total === "number" || typeof total === "string"
    ? String(total)
    : String((total as { numeric?: number } | undefined)?.numeric ?? 0)
}
