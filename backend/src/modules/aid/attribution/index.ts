/**
 * The attribution maths of the aid ledger, free of I/O: given what an order
 * says happened (paid, edited, returns received, refunds, canceled) and the
 * entries already in the ledger for it, which entries are missing.
 *
 * Rules (docs/aid-ledger.md):
 * - only paid money counts: an order has no sale until it is paid
 *   (`paid_at`, see ../repositories/order-payment.ts); an unpaid order writes
 *   nothing, canceled or not.
 * - sale: at `paid_at`, every line is credited with what the buyer paid for
 *   it: the order's item total, rounded once to the fen, split over the lines
 *   by their own totals (after discounts, tax included, shipping excluded), so
 *   the parts sum exactly to the whole. The sale plans from the order's
 *   current lines, so edits confirmed before it are already in it.
 * - edit (confirmed after the sale): each line moves to its share after the
 *   edit; removed lines go to 0.
 * - return received: the returned quantity leaves the line; the money leaves
 *   with the refund that pays it back.
 * - refund: first settles returned-but-unrefunded value on the returned lines,
 *   the rest spreads over the lines in proportion to what each still holds.
 *   Refunds given for shipping only are not attributed.
 * - cancellation: every line goes back to zero.
 * No line is ever taken below zero.
 *
 * Money (exact amounts, rounding, splitting) is shared/money.ts; China-time
 * days are shared/china-time.ts.
 */
export { entryKey, LEDGER_ENTRY_FIELDS, withDates } from "./types"
export type { LedgerEntry, Move, OrderFacts, OrderLineFacts } from "./types"
export { allocateRefund, type LineState } from "./line-state"
export { lineShares } from "./facts"
export { correctionEntry, expectedNet, planEntries } from "./plan-entries"
