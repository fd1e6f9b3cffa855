import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { AdminNotificationRetryResponse } from "../../../../../types/http/notifications"
import {
  DELIVERY_CHANNELS,
  type NotificationRow,
} from "../../../../../workflows/notifications/delivery"
import {
  NOTIFICATION_FIELDS,
  retryNotification,
} from "../../../../../workflows/notifications/retry"
import { deliveryView } from "../../view"

/**
 * POST /admin/notification-deliveries/:id/retry: 重试, sends a failed SMS or
 * e-mail again now, whatever its automatic attempts; answers what came of
 * it and the delivery as the list shows it. A one-time code or reset link
 * past its validity is not sent again (409): the person asks for a new one.
 */
export async function POST(
  req: MedusaRequest,
  res: MedusaResponse<AdminNotificationRetryResponse>
) {
  const notifications = req.scope.resolve(Modules.NOTIFICATION)
  const notFound = new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Notification with id: ${req.params.id} was not found`
  )
  const row = (await notifications
    .retrieveNotification(req.params.id, { select: ["id", "channel"] })
    .catch(() => null)) as NotificationRow | null
  if (!row || !(DELIVERY_CHANNELS as readonly string[]).includes(row.channel)) throw notFound
  const outcome = await retryNotification(req.scope, row.id)
  if (outcome === "expired") {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "验证码或重置链接已过期，不再重发：请对方重新获取。"
    )
  }
  const after = (await notifications.retrieveNotification(row.id, {
    select: NOTIFICATION_FIELDS,
  })) as NotificationRow
  res.json({ outcome, delivery: deliveryView(after) })
}
