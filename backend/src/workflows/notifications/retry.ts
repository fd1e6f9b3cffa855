/**
 * Sending a failed SMS or e-mail again: by the job (due attempts, with
 * backoff, at most MAX_ATTEMPTS in all) or by the support team's 重试 on the
 * 消息通知 page. Medusa's Notification module sends a notification whose key
 * it knows again only when that one failed, through the channel's provider
 * of now (so a service configured since then is used) and updates it in
 * place. One lock per notification: the job and a click never both send.
 */
import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  DELIVERY_CHANNELS,
  type DeliveryRecord,
  deliveryOf,
  MAX_ATTEMPTS,
  BACKOFF_MINUTES,
  type NotificationRow,
  type NotificationWriter,
  recordFailure,
} from "./delivery"

/** Messages that stop being of use: a one-time code or a reset link, valid `data.minutes`. */
const EXPIRING_TEMPLATES: Record<string, number> = { "order-lookup-code": 10, "password-reset": 15 }

export const NOTIFICATION_FIELDS = [
  "id",
  "to",
  "channel",
  "template",
  "data",
  "trigger_type",
  "resource_id",
  "resource_type",
  "receiver_id",
  "idempotency_key",
  "provider_data",
  "provider_id",
  "status",
  "created_at",
]

export type RetryOutcome = "sent" | "failed" | "already_sent" | "expired"

/** Whether the message, if sent now, would still be of use. */
export function expired(row: NotificationRow, at: Date): boolean {
  const minutes = EXPIRING_TEMPLATES[row.template ?? ""]
  if (minutes === undefined) return false
  const valid = Number((row.data as Record<string, unknown> | null)?.minutes) || minutes
  return at.getTime() > new Date(row.created_at).getTime() + valid * 60_000
}

/** The attempt record of a failure that came without one (a sender of its own): one attempt. */
export function recordOf(row: NotificationRow): DeliveryRecord {
  const created = new Date(row.created_at)
  return (
    deliveryOf(row) ?? {
      attempts: 1,
      last_attempt_at: created.toISOString(),
      last_error: null,
      next_attempt_at: new Date(created.getTime() + BACKOFF_MINUTES[0] * 60_000).toISOString(),
    }
  )
}

async function attempt(container: MedusaContainer, id: string, at: Date): Promise<RetryOutcome> {
  const notifications = container.resolve<NotificationWriter>(Modules.NOTIFICATION)
  const row = (await notifications.retrieveNotification(id, {
    select: NOTIFICATION_FIELDS,
  })) as NotificationRow
  if (row.status === "success") return "already_sent"
  const record = recordOf(row)
  if (expired(row, at)) {
    await notifications.updateNotifications([
      {
        id,
        provider_data: {
          delivery: {
            ...record,
            next_attempt_at: null,
            last_error: record.last_error ?? "expired",
          },
        },
      },
    ])
    return "expired"
  }
  // Medusa re-sends by key: a failure sent without one gets its own
  const key = row.idempotency_key || `retry:${row.id}`
  if (!row.idempotency_key) await notifications.updateNotifications([{ id, idempotency_key: key }])
  const attempts = record.attempts + 1
  const delivery: DeliveryRecord = {
    attempts,
    last_attempt_at: at.toISOString(),
    last_error: null,
    next_attempt_at: null,
  }
  const again = {
    id: row.id,
    to: row.to,
    channel: row.channel,
    template: row.template,
    data: row.data,
    trigger_type: row.trigger_type,
    resource_id: row.resource_id,
    resource_type: row.resource_type,
    receiver_id: row.receiver_id,
    idempotency_key: key,
    provider_data: { delivery },
  } as CreateNotificationDTO
  try {
    await notifications.createNotifications(again)
    return "sent"
  } catch (error) {
    await recordFailure(container, { id }, attempts, (error as Error).message, at)
    return "failed"
  }
}

/** Sends the SMS or e-mail `id` again now (the support team's 重试), under its lock. */
export async function retryNotification(
  container: MedusaContainer,
  id: string,
  at: Date = new Date()
): Promise<RetryOutcome> {
  return container
    .resolve(Modules.LOCKING)
    .execute(`notification-retry:${id}`, () => attempt(container, id, at), { timeout: 30 })
}

/** The failed SMS and e-mail whose next automatic attempt is due at `now`. */
export async function dueNotifications(
  container: MedusaContainer,
  now: Date
): Promise<NotificationRow[]> {
  const failed = (await container.resolve(Modules.NOTIFICATION).listNotifications(
    {
      channel: [...DELIVERY_CHANNELS],
      status: "failure",
      created_at: { $gte: new Date(now.getTime() - 3 * 24 * 3600_000) },
    } as Record<string, unknown>,
    { select: NOTIFICATION_FIELDS, order: { created_at: "ASC" }, take: 200 }
  )) as NotificationRow[]
  return failed.filter((row) => {
    const record = recordOf(row)
    return (
      record.attempts < MAX_ATTEMPTS &&
      record.next_attempt_at !== null &&
      new Date(record.next_attempt_at) <= now
    )
  })
}

/** One pass of the retry job: every due notification tried once more; what became of each. */
export async function retryDueNotifications(container: MedusaContainer, now: Date = new Date()) {
  const outcomes: Record<string, RetryOutcome> = {}
  for (const row of await dueNotifications(container, now)) {
    outcomes[row.id] = await retryNotification(container, row.id, now)
  }
  return outcomes
}
