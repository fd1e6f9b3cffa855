/**
 * Where a bank-transfer payment stands, from the amount due and the receipts
 * recorded for it: the one place these rules live (routes, workflows, the job
 * and the admin read them from here). Money is counted in whole fen.
 *
 * - no receipt: 待到账 (awaiting_transfer)
 * - receipts below the amount due: 部分到账 (still awaiting_transfer, flagged
 *   `partially_received`, not captured)
 * - receipts covering it: the payment is captured: 已到账 (received); more than
 *   due is flagged 多付 with the excess (`overpaid_amount`), to be paid back
 * - the order cancelled: 已取消 (canceled)
 */
import BigNumber from "bignumber.js"
import { FEN, fenToYuan, money, type MoneyInput, roundToFen } from "../../shared/money"
import type {
  BankTransferStanding,
  BankTransferState,
  ReceiptOutcome,
} from "../../types/http/payments"

/** Where a payment stands, as the routes answer it. */
export type Standing = BankTransferStanding

type Amount = MoneyInput

/** Whole fen of an amount (rounded half up once, at the fen). */
export const fenOf = (value: Amount): BigNumber => roundToFen(money(value)).shiftedBy(FEN)

export function standingOf(input: {
  amount: Amount
  receipts: Amount[]
  captured_at?: Date | string | null
  canceled_at?: Date | string | null
}): Standing {
  const due = fenOf(input.amount)
  const received = input.receipts.reduce<BigNumber>(
    (sum, r) => sum.plus(fenOf(r)),
    new BigNumber(0)
  )
  const outstanding = BigNumber.max(due.minus(received), 0)
  const over = BigNumber.max(received.minus(due), 0)
  const state: BankTransferState = input.captured_at
    ? "received"
    : input.canceled_at
      ? "canceled"
      : "awaiting_transfer"
  return {
    state,
    amount: fenToYuan(due),
    received_amount: fenToYuan(received),
    outstanding_amount: state === "received" ? "0.00" : fenToYuan(outstanding),
    overpaid_amount: fenToYuan(over),
    partially_received: state === "awaiting_transfer" && received.gt(0) && received.lt(due),
  }
}

/**
 * What one more receipt of `amount` does to a payment of `due` that has
 * `receivedBefore`: partial (not captured), paid (captured) or overpaid
 * (captured, the excess flagged).
 */
export function receiptOutcome(due: Amount, receivedBefore: Amount, amount: Amount) {
  const dueFen = fenOf(due)
  const after = fenOf(receivedBefore).plus(fenOf(amount))
  const outcome: ReceiptOutcome = after.lt(dueFen)
    ? "partial"
    : after.eq(dueFen)
      ? "paid"
      : "overpaid"
  return {
    outcome,
    capture: outcome !== "partial",
    received_amount: fenToYuan(after),
    outstanding_amount: fenToYuan(BigNumber.max(dueFen.minus(after), 0)),
    overpaid_amount: fenToYuan(BigNumber.max(after.minus(dueFen), 0)),
  }
}
