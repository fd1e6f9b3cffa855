/**
 * The support team's 消息通知 page (GET /admin/notification-deliveries, POST
 * /admin/notification-deliveries/:id/retry): the SMS and e-mail the shop
 * sent to people, with the recipient and the content masked (a one-time
 * code or a reset link never shows), where each delivery stands and why it
 * failed.
 */

export const DELIVERY_CHANNEL_FILTERS = ["sms", "email"] as const
export type DeliveryChannel = (typeof DELIVERY_CHANNEL_FILTERS)[number]

/** success 已发送, failure 发送失败, pending 发送中 */
export const DELIVERY_STATUSES = ["success", "failure", "pending"] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

export type AdminNotificationDelivery = {
  id: string
  channel: DeliveryChannel
  template: string | null
  /** the recipient masked: 138****8000 → "*******8000", a@b.cn → "a***@b.cn" */
  to: string
  /** the e-mail's subject ("" for an SMS) */
  subject: string
  /** the message with its secrets masked (codes, links' tokens, long numbers) */
  content: string
  status: DeliveryStatus
  attempts: number
  last_error: string | null
  last_attempt_at: string | null
  /** when the job tries again; null: sent, or no automatic attempt left */
  next_attempt_at: string | null
  resource_type: string | null
  resource_id: string | null
  created_at: string
}

export type AdminNotificationDeliveryListResponse = {
  deliveries: AdminNotificationDelivery[]
  count: number
  limit: number
  offset: number
}

/** sent 已重新发送, failed 仍然失败, already_sent 此前已发送成功 */
export type AdminNotificationRetryResponse = {
  outcome: "sent" | "failed" | "already_sent"
  delivery: AdminNotificationDelivery
}
