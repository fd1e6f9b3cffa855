import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FREIGHT_CLASSES, type FreightClass } from "../../shared/freight"
import { itemsGrams } from "../../modules/freight/service"

type WeighedItem = {
  quantity?: unknown
  variant?: { weight?: unknown; product?: { shipping_profile?: { type?: string } | null } | null }
}

/** A cart line as Medusa's workflows hold it (`items.*`): what the parcel needs of it. */
export type ParcelLine = { quantity?: unknown; variant_id?: string | null }

type VariantRow = {
  id: string
  weight?: unknown
  product?: { shipping_profile?: { id?: string; type?: string } | null } | null
}

/** The cold-chain shipping profile's type (the seed's 冷链商品); every other profile ships ambient. */
const COLD_CHAIN_PROFILE_TYPE = "cold_chain"

/** Gross grams of each freight class. */
export type ParcelGrams = Record<FreightClass, number>

/** Gross grams per freight class of lines whose variant weight and shipping profile are loaded. */
export function linesGrams(items: WeighedItem[]): ParcelGrams {
  const byClass: Record<FreightClass, WeighedItem[]> = { ambient: [], cold_chain: [] }
  for (const item of items) {
    const type = item.variant?.product?.shipping_profile?.type
    byClass[type === COLD_CHAIN_PROFILE_TYPE ? "cold_chain" : "ambient"].push(item)
  }
  const grams = {} as ParcelGrams
  for (const c of FREIGHT_CLASSES) grams[c] = itemsGrams(byClass[c])
  return grams
}

/** A cart line with its variant's weight and product's shipping profile (id and type). */
export type WeighedLine = { quantity?: unknown; variant?: VariantRow }

/**
 * Cart lines with their variants' weight and shipping profile, from one read
 * of the variants: for the lines a workflow has already loaded, so the cart
 * is not read again.
 */
export async function weighLines(
  container: MedusaContainer,
  lines: (ParcelLine | null | undefined)[]
): Promise<WeighedLine[]> {
  const present = lines.filter((line): line is ParcelLine => !!line)
  const ids = [
    ...new Set(present.map((line) => line.variant_id).filter((id): id is string => !!id)),
  ]
  let variants = new Map<string, VariantRow>()
  if (ids.length > 0) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "weight", "product.shipping_profile.id", "product.shipping_profile.type"],
      filters: { id: ids },
    })
    variants = new Map((data as VariantRow[]).map((row) => [row.id, row]))
  }
  return present.map((line) => ({
    quantity: line.quantity,
    variant: line.variant_id ? variants.get(line.variant_id) : undefined,
  }))
}

/**
 * What a cart weighs per freight class, read with its lines' variants (no
 * totals); null for an unknown cart.
 */
export async function cartParcelGrams(
  container: MedusaContainer,
  cartId: string
): Promise<ParcelGrams | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "items.quantity",
      "items.variant.weight",
      "items.variant.product.shipping_profile.type",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as { items?: (WeighedItem | null)[] } | undefined
  if (!cart) return null
  return linesGrams((cart.items ?? []).filter((item): item is WeighedItem => !!item))
}

/** The whole cart's item total (yuan text, as Medusa computes it); null for an unknown cart. */
export async function cartItemTotal(
  container: MedusaContainer,
  cartId: string
): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "item_total"],
    filters: { id: cartId },
  })
  const cart = data[0] as { item_total?: unknown } | undefined
  return cart ? itemTotalText(cart.item_total) : null
}

/** A cart's `item_total` as Medusa's query answers it (a number, text or a BigNumber), as yuan text. */
export function itemTotalText(total: unknown): string {
  return typeof total === "number" || typeof total === "string"
    ? String(total)
    : String((total as { numeric?: number } | undefined)?.numeric ?? 0)
}
