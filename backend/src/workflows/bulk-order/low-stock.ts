import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkLowStock } from "../farm/steps/check-low-stock"
import { queryRows } from "../../utils/query"

type VariantStock = {
  id: string
  inventory_items: { inventory_item_id: string }[] | null
  product: { partner: { id: string; stock_location: { id: string } | null } | null } | null
}

/**
 * The farms' low-stock check for a bulk order (its orders emit no
 * `order.placed`): once for every variant of all its parcels, grouped by the
 * farm whose stock location reserved them (farm/steps/check-low-stock.ts:
 * one notice per variant that just fell to or below its threshold).
 */
export async function checkBulkOrderLowStock(container: MedusaContainer, bulkOrderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [bulk] = await queryRows<{
    orders: { items: { variant_id: string | null }[] | null }[] | null
  }>(query, {
    entity: "bulk_order",
    fields: ["id", "orders.items.variant_id"],
    filters: { id: bulkOrderId },
  })
  const variantIds = [
    ...new Set((bulk?.orders ?? []).flatMap((o) => (o.items ?? []).map((i) => i.variant_id))),
  ].filter((id): id is string => Boolean(id))
  if (!variantIds.length) return []
  const variants = await queryRows<VariantStock>(query, {
    entity: "product_variant",
    fields: [
      "id",
      "inventory_items.inventory_item_id",
      "product.partner.id",
      "product.partner.stock_location.id",
    ],
    filters: { id: variantIds },
  })
  const farms = new Map<string, Parameters<typeof checkLowStock>[1]>()
  for (const v of variants) {
    const partner = v.product?.partner
    const itemId = v.inventory_items?.[0]?.inventory_item_id
    if (!partner?.stock_location?.id || !itemId) continue
    const farm = farms.get(partner.id) ?? {
      partner_id: partner.id,
      location_id: partner.stock_location.id,
      items: [],
    }
    farm.items.push({ variant_id: v.id, inventory_item_id: itemId })
    farms.set(partner.id, farm)
  }
  const crossed = []
  for (const farm of farms.values()) crossed.push(...(await checkLowStock(container, farm)))
  return crossed
}
