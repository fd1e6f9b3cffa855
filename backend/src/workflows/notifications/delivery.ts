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
 * Sends messages (one event's SMS and e-mail), each once per idempotency key,
 * in one call to the Notification module: one transaction writes them, the
 * providers send them at once, one write records how each went. Answers the
 * keys that went out now. A key sent before, or failed before and left to
 * the retry job, is skipped; a message that fails now is recorded with its
 * own error and left to the job. Never throws: a message must not hold up or
 * undo what the shop did.
 */
export async function deliverNotices(
  container: MedusaContainer,
  inputs: NoticeInput[]
): Promise<Set<string>> {
  const sent = new Set<string>()
  if (!inputs.length) return sent
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const notifications = notificationsOf(container)
  const at = new Date()
  const keys = inputs.map((input) => input.idempotency_key)
  let fresh: NoticeInput[]
  try {
    const known = (await notifications.listNotifications(
      { idempotency_key: keys } as Record<string, unknown>,
      { select: ["id", "idempotency_key"] }
    )) as NotificationRow[]
    const before = new Set(known.map((row) => row.idempotency_key))
    fresh = inputs.filter((input) => !before.has(input.idempotency_key))
  } catch (error) {
    logger.warn(`Notifications ${keys.join(", ")} not sent: ${(error as Error).message}`)
    return sent
  }
  if (!fresh.length) return sent
  const delivery: DeliveryRecord = {
    attempts: 1,
    last_attempt_at: at.toISOString(),
    last_error: null,
    next_attempt_at: null,
  }
  try {
    const created = (await notifications.createNotifications(
      fresh.map((input) => ({ ...input, provider_data: { delivery } }))
    )) as NotificationRow[]
    // a key another sender wrote in the meantime is its send, not this one's
    for (const row of created) if (row.idempotency_key) sent.add(row.idempotency_key)
  } catch (error) {
    const message = (error as Error).message
    for (const input of fresh) {
      const key = input.idempotency_key
      const status = await recordFailure(
        container,
        { idempotency_key: key },
        1,
        (id) => errorOfNotification(message, id),
        at
      )
      if (status === "success") sent.add(key)
      else logger.warn(`Notification ${key} failed: ${message}`)
    }
  }
  return sent
}

/** What a message to each of `recipients` shares: all but the address, the channel and the key. */
export type NoticeContent = Omit<NoticeInput, "to" | "channel" | "idempotency_key">

/**
 * Sends `content` to each recipient (deliverNotices), keyed per channel by
 * `keyOf`; answers the channels it went out on now.
 */
export async function deliverToRecipients<Channel extends string>(
  container: MedusaContainer,
  recipients: { channel: Channel; to: string }[],
  content: NoticeContent,
  keyOf: (channel: Channel) => string
): Promise<Channel[]> {
  const notices = recipients.map((recipient) => ({
    ...content,
    to: recipient.to,
    channel: recipient.channel,
    idempotency_key: keyOf(recipient.channel),
  }))
  const sent = await deliverNotices(container, notices)
  return recipients
    .filter((_, i) => sent.has(notices[i].idempotency_key))
    .map((recipient) => recipient.channel)
}

/**
 * One notification's part of the module's error: when several sends fail, it
 * joins their messages, each naming its notification; the whole message when
 * no part names it.
 */
function errorOfNotification(message: string, id: string): string {
  const parts = message.split(/(?=Failed to send notification with id \S+:)/)
  return parts.find((part) => part.includes(id))?.trim() ?? message
}

/**
 * Writes the failed attempt's record on the notification (found by id or
 * idempotency key); `error` may be read per notification. Answers the
 * notification's status as found (null: none, or it could not be read).
 */
export async function recordFailure(
  container: MedusaContainer,
  by: { id?: string; idempotency_key?: string },
  attempts: number,
  error: string | ((id: string) => string),
  at: Date
): Promise<string | null> {
  const notifications = notificationsOf(container)
  const [row] = (await notifications
    .listNotifications(by as Record<string, unknown>, { select: ["id", "status"], take: 1 })
    .catch(() => [])) as NotificationRow[]
  // only a failed send is recorded: a pending one is another sender's, still under way
  if (!row || row.status !== "failure") return row?.status ?? null
  const text = typeof error === "string" ? error : error(row.id)
  await notifications
    .updateNotifications([
      { id: row.id, provider_data: { delivery: failedRecord(attempts, text, at) } },
    ])
    .catch((e: Error) =>
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Could not record the failure of notification ${row.id}: ${e.message}`)
    )
  return row.status
}
