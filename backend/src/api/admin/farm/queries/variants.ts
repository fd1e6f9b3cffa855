import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { FarmScope } from "./products"

/** A farm's variant with what stock changes name: its product and inventory item. */
export type FarmVariantRef = { variant_id: string; product_id: string; inventory_item_id: string }

type VariantRow = {
  id: string
  product: { id: string; partner: { id: string } | null } | null
  inventory_items: { inventory_item_id: string }[] | null
}

/**
 * The given variants, each checked to be one of the farm's and stocked at
 * its location. Any other variant is a 404 and nothing is changed.
 */
export async function farmVariants(
  container: MedusaContainer,
  farm: FarmScope,
  variantIds: string[]
): Promise<Map<string, FarmVariantRef>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.id", "product.partner.id", "inventory_items.inventory_item_id"],
    filters: { id: variantIds },
  })
  const found = new Map<string, FarmVariantRef>()
  for (const v of data as VariantRow[]) {
    const itemId = v.inventory_items?.[0]?.inventory_item_id
    if (v.product && v.product.partner?.id === farm.partner_id && itemId) {
      found.set(v.id, { variant_id: v.id, product_id: v.product.id, inventory_item_id: itemId })
    }
  }
  const missing = variantIds.filter((id) => !found.has(id))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant "${missing[0]}" not found`)
  }
  if (!farm.location_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This farm has no stock location yet")
  }
  return found
}

/** The farm's variant: `farmVariants` for one id. */
export async function farmVariant(
  container: MedusaContainer,
  farm: FarmScope,
  variantId: string
): Promise<FarmVariantRef> {
  return (await farmVariants(container, farm, [variantId])).get(variantId)!
}
