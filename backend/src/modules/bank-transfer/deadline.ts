/**
 * The payment deadline of a 对公转账 order, in one place: fixed when the order
 * is placed (the payment is authorized), kept in the payment's `data` as
 * `deadline_at`; a reminder goes out `REMINDER_HOURS` before it, and an order
 * still unpaid after it is cancelled (backend/src/jobs/bank-transfer-deadlines.ts).
 */

export const DEFAULT_DEADLINE_DAYS = 7
export const MAX_DEADLINE_DAYS = 60

/** How long before the deadline the buyer is reminded. */
export const REMINDER_HOURS = 24

const HOUR_MS = 3600_000

/**
 * The number of days a buyer has to pay, from BANK_TRANSFER_DEADLINE_DAYS
 * (unset or blank: 7). Anything but a whole number from 1 to 60 is refused
 * with a message naming the variable, so a typo stops the server at start.
 */
export function deadlineDays(
  value: unknown,
  setting = { name: "BANK_TRANSFER_DEADLINE_DAYS", fallback: DEFAULT_DEADLINE_DAYS }
): number {
  if (value === undefined || value === null || String(value).trim() === "") return setting.fallback
  const text = String(value).trim()
  const days = Number(text)
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(days) || days < 1 || days > MAX_DEADLINE_DAYS) {
    throw new Error(
      `${setting.name} must be a whole number of days from 1 to ${MAX_DEADLINE_DAYS} (got "${text}")`
    )
  }
  return days
}

/** The deadline of an order placed at `placedAt`: exactly `days` days later. */
export function deadlineAfter(placedAt: Date, days: number): Date {
  return new Date(placedAt.getTime() + days * 24 * HOUR_MS)
}

/** From when the reminder of a deadline is due. */
export function reminderFrom(deadline: Date): Date {
  return new Date(deadline.getTime() - REMINDER_HOURS * HOUR_MS)
}
