import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendBulkOrderNotice } from "../workflows/bulk-order/notices"

/**
 * One notice when a bulk order is placed (its orders are created without
 * notifications, so the clerk gets no SMS or e-mail per parcel): the amount,
 * the reference and the deadline, to the member who placed it.
 */
export default async function bulkOrderNoticesHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await sendBulkOrderNotice(container, "bulk-order-created", event.data.id)
}

export const config: SubscriberConfig = {
  event: "bulk_order.created",
  context: { subscriberId: "bulk-order-notices" },
}
