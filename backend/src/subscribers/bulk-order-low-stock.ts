import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { checkBulkOrderLowStock } from "../workflows/bulk-order/low-stock"

/**
 * A bulk order reserved stock at the farms (its parcels emit no
 * `order.placed`): the farms' low-stock check runs once for its variants.
 */
export default async function bulkOrderLowStockHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await checkBulkOrderLowStock(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: "bulk_order.created",
  context: { subscriberId: "bulk-order-low-stock" },
}
