import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { AdminNotificationDeliveryListResponse } from "../../../types/http/notifications"
import { DELIVERY_CHANNELS, type NotificationRow } from "../../../workflows/notifications/delivery"
import { NOTIFICATION_FIELDS } from "../../../workflows/notifications/retry"
import type { AdminNotificationDeliveriesParamsType } from "./validators"
import { deliveryView } from "./view"

/**
 * GET /admin/notification-deliveries: the SMS and e-mail sent to people,
 * newest first, by `channel`, `status` (failure: 发送失败) and `resource_id`
 * (an order); each masked (./view.ts) with its attempts and last error. The
 * fields are fixed here: no `fields=` reaches the notification's data.
 */
export async function GET(
  req: MedusaRequest<unknown, AdminNotificationDeliveriesParamsType>,
  res: MedusaResponse<AdminNotificationDeliveryListResponse>
) {
  const { limit, offset, channel, status, resource_id } = req.validatedQuery
  const filters: Record<string, unknown> = { channel: channel ?? [...DELIVERY_CHANNELS] }
  if (status) filters.status = status
  if (resource_id) filters.resource_id = resource_id
  const [rows, count] = (await req.scope
    .resolve(Modules.NOTIFICATION)
    .listAndCountNotifications(filters, {
      select: NOTIFICATION_FIELDS,
      order: { created_at: "DESC", id: "DESC" },
      skip: offset,
      take: limit,
    })) as [NotificationRow[], number]
  res.json({ deliveries: rows.map(deliveryView), count, limit, offset })
}
