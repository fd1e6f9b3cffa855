import { maskRecipient, maskSecrets } from "../../../modules/notification-outbox/mask"
import { renderMessage } from "../../../modules/notification-outbox/templates"
import type { AdminNotificationDelivery } from "../../../types/http/notifications"
import { recordOf } from "../../../workflows/notifications/retry"
import type { NotificationRow } from "../../../workflows/notifications/delivery"

/** Templates whose whole content is a secret: only what they are shows. */
const SECRET_TEMPLATES: Record<string, string> = {
  "order-lookup-code": "订单查询验证码（内容不显示）",
  "password-reset": "重置密码链接（内容不显示）",
}

/**
 * A notification as the support team may see it: the recipient masked, a
 * code or reset link never (their content is not shown at all), any other
 * message rendered and masked like the log (six digits and more, tokens).
 */
export function deliveryView(row: NotificationRow): AdminNotificationDelivery {
  const record = recordOf(row)
  let subject = ""
  let content = ""
  const secret = SECRET_TEMPLATES[row.template ?? ""]
  if (secret) {
    content = secret
  } else {
    try {
      const message = renderMessage(row.template ?? "", (row.data ?? {}) as Record<string, unknown>)
      subject = row.channel === "email" ? maskSecrets(message.subject) : ""
      content = maskSecrets(message.text)
    } catch {
      content = "（无法显示）"
    }
  }
  return {
    id: row.id,
    channel: row.channel as AdminNotificationDelivery["channel"],
    template: row.template ?? null,
    to: maskRecipient(String(row.to ?? "")),
    subject,
    content,
    status: row.status,
    attempts: record.attempts,
    last_error: row.status === "success" ? null : record.last_error,
    last_attempt_at: record.last_attempt_at,
    next_attempt_at: row.status === "failure" ? record.next_attempt_at : null,
    resource_type: row.resource_type ?? null,
    resource_id: row.resource_id ?? null,
    created_at: new Date(row.created_at).toISOString(),
  }
}
