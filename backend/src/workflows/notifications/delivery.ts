/**
 * How SMS and e-mail to people are delivered and kept track of. Medusa's
 * Notification module sends through the channel's provider and marks the
 * notification `success` or `failure`; the shop keeps the delivery's record
 * in the notification's `provider_data.delivery`: how many attempts were made,
 * the last error (the service's answer, never the message) and when the next
 * automatic attempt is due (backend/src/jobs/retry-notifications.ts).
 */
import type {
  CreateNotificationDTO,
  INotificationModuleService,
  MedusaContainer,
  NotificationDTO,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** The channels that reach people (the feed is the admin's own). */
export const DELIVERY_CHANNELS = ["sms", "email"] as const

/** Automatic attempts in all, the first send included. */
export const MAX_ATTEMPTS = 5

/** Minutes to wait after the n-th failed attempt (n = 1…4) before the next. */
export const BACKOFF_MINUTES = [5, 15, 60, 240]

export type DeliveryRecord = {
  attempts: number
  last_attempt_at: string
  last_error: string | null
  /** when the job tries again; null: delivered, or no automatic attempt left */
  next_attempt_at: string | null
}

/** A notification row as the shop reads it (fields NotificationDTO leaves out included). */
export type NotificationRow = NotificationDTO & {
  idempotency_key?: string | null
  provider_data?: Record<string, unknown> | null
}

/** The notification module with the update MedusaService generates (not in its public type). */
export type NotificationWriter = INotificationModuleService & {
  updateNotifications(
    data: { id: string; provider_data?: Record<string, unknown>; idempotency_key?: string }[]
  ): Promise<unknown>
}

export function deliveryOf(row: Pick<NotificationRow, "provider_data">): DeliveryRecord | null {
  const record = row.provider_data?.delivery as DeliveryRecord | undefined
  return record && typeof record.attempts === "number" ? record : null
}

/** The record after a failed attempt at `at`. */
export function failedRecord(attempts: number, error: string, at: Date): DeliveryRecord {
  const wait = attempts < MAX_ATTEMPTS ? BACKOFF_MINUTES[attempts - 1] : undefined
  return {
    attempts,
    last_attempt_at: at.toISOString(),
    last_error: error.replace(/^Failed to send notification with id \S+:\s*/, "").slice(0, 500),
    next_attempt_at:
      wait === undefined ? null : new Date(at.getTime() + wait * 60_000).toISOString(),
  }
}

const notificationsOf = (container: MedusaContainer) =>
  container.resolve<NotificationWriter>(Modules.NOTIFICATION)

export type NoticeInput = CreateNotificationDTO & { idempotency_key: string }

/**
 * Sends one message, once per idempotency key: `true` when it went out now,
 * `false` when it had gone out before or failed (then the failure is
 * recorded and the job tries again). Never throws: a message must not hold
 * up or undo what the shop did.
 */
export async function deliverNotice(container: MedusaContainer, input: NoticeInput) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const notifications = notificationsOf(container)
  const at = new Date()
  try {
    const [existing] = (await notifications.listNotifications(
      { idempotency_key: input.idempotency_key } as Record<string, unknown>,
      { select: ["id", "status"], take: 1 }
    )) as NotificationRow[]
    if (existing) return false // sent, or failed and left to the retry job
    const delivery: DeliveryRecord = {
      attempts: 1,
      last_attempt_at: at.toISOString(),
      last_error: null,
      next_attempt_at: null,
    }
    await notifications.createNotifications({ ...input, provider_data: { delivery } })
    return true
  } catch (error) {
    const message = (error as Error).message
    logger.warn(`Notification ${input.idempotency_key} failed: ${message}`)
    await recordFailure(container, { idempotency_key: input.idempotency_key }, 1, message, at)
    return false
  }
}

/** Writes the failed attempt's record on the notification (found by id or idempotency key). */
export async function recordFailure(
  container: MedusaContainer,
  by: { id?: string; idempotency_key?: string },
  attempts: number,
  error: string,
  at: Date
) {
  const notifications = notificationsOf(container)
  const [row] = (await notifications
    .listNotifications(by as Record<string, unknown>, { select: ["id", "status"], take: 1 })
    .catch(() => [])) as NotificationRow[]
  // only a failed send is recorded: a pending one is another sender's, still under way
  if (!row || row.status !== "failure") return
  await notifications
    .updateNotifications([
      { id: row.id, provider_data: { delivery: failedRecord(attempts, error, at) } },
    ])
    .catch((e: Error) =>
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Could not record the failure of notification ${row.id}: ${e.message}`)
    )
}
