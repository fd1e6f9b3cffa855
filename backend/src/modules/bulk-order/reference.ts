/**
 * A bulk order's payment reference and deadline. The reference has the same
 * shape and alphabet as a single order's (modules/bank-transfer/payee.ts) with
 * its own prefix `MB`, so the 附言 reader (modules/remittance/references.ts)
 * tells the two apart; the deadline is BULK_ORDER_DEADLINE_DAYS days
 * (default 15, whole days 1 to 60, refused at start otherwise).
 */
import { deadlineAfter, deadlineDays } from "../bank-transfer/deadline"
import { newReference } from "../bank-transfer/payee"

export const BULK_REFERENCE_PATTERN = /^MB\d{8}[2-9A-HJKMNP-Z]{6}$/

export const DEFAULT_BULK_DEADLINE_DAYS = 15

/** `MB` + the China-time date + 6 random characters, e.g. `MB20261201K7QF3P`. */
export const newBulkReference = (at: Date = new Date()) => newReference(at, "MB")

/** The days a unit has to pay a bulk order, from BULK_ORDER_DEADLINE_DAYS. */
export const bulkDeadlineDays = (value: unknown) =>
  deadlineDays(value, { name: "BULK_ORDER_DEADLINE_DAYS", fallback: DEFAULT_BULK_DEADLINE_DAYS })

/** The deadline of a bulk order placed at `placedAt`. */
export const bulkDeadlineAfter = (placedAt: Date, days: number) => deadlineAfter(placedAt, days)
