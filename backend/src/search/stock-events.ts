import type { SearchTypes } from "@medusajs/framework/types"

type Graph = SearchTypes.SearchIngestionContext["container"]["query"]

/**
 * Stock events that change whether a product can be bought (`in_stock` of
 * its document): a stock level set or changed, a reservation made or
 * released (an order placed or canceled).
 */
export const STOCK_EVENTS: string[] = [
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "reservation-item.created",
  "reservation-item.updated",
  "reservation-item.deleted",
]

/** The products whose variants use the inventory item of a stock level or reservation. */
export async function productsOfStock(
  query: Graph,
  event: string,
  id: string | undefined
): Promise<string[]> {
  if (!id) return []
  const entity = event.startsWith("reservation-item.") ? "reservation_item" : "inventory_level"
  const { data: rows } = await query.graph({
    entity,
    fields: ["inventory_item_id"],
    filters: { id },
    withDeleted: true,
  })
  const itemId = (rows[0] as { inventory_item_id?: string } | undefined)?.inventory_item_id
  if (!itemId) return []
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["variants.product_id"],
    filters: { id: itemId },
  })
  const variants = (items[0] as { variants?: ({ product_id?: string } | null)[] } | undefined)
    ?.variants
  return [...new Set((variants ?? []).flatMap((v) => (v?.product_id ? [v.product_id] : [])))]
}
