/**
 * 已发货: when a shipment is created (the farm's 确认发货 or Medusa's admin),
 * the carrier and tracking number from the fulfillment: the farm's carrier
 * in its metadata (workflows/farm/ship-lines.ts), the tracking numbers on its
 * labels. A shipment marked "do not notify" (Medusa's no_notification) sends
 * nothing.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { queryRow, type Query } from "../../utils/query"
import { readNoticeOrder, sendOrderNotice } from "./order-notices"

type FulfillmentRow = {
  id: string
  metadata: { carrier?: string; tracking_number?: string } | null
  labels: { tracking_number: string | null }[] | null
}

export async function noticeShipmentCreated(
  container: MedusaContainer,
  fulfillmentId: string,
  noNotification = false
) {
  if (noNotification) return []
  const query = container.resolve<Query>(ContainerRegistrationKeys.QUERY)
  const fulfillment = await queryRow<FulfillmentRow>(query, {
    entity: "fulfillment",
    fields: ["id", "metadata", "labels.tracking_number"],
    filters: { id: fulfillmentId },
  })
  if (!fulfillment) return []
  const link = await queryRow<{ order_id: string | null }>(query, {
    entity: "order_fulfillment",
    fields: ["order_id"],
    filters: { fulfillment_id: fulfillmentId },
  })
  const order = link?.order_id ? await readNoticeOrder(container, link.order_id) : undefined
  if (!order) return []
  const tracking = [
    ...new Set(
      (fulfillment.labels ?? [])
        .map((label) => label.tracking_number?.trim())
        .concat(fulfillment.metadata?.tracking_number?.trim())
        .filter((n): n is string => Boolean(n))
    ),
  ]
  return sendOrderNotice(container, order, "order-shipped", fulfillment.id, {
    carrier: fulfillment.metadata?.carrier ?? "",
    tracking_number: tracking.join(" "),
  })
}
