import type { BankTransferFilter, BankTransferStanding } from "../../../types/http"

/** The label key of where a payment stands: 部分到账 shows over 待到账. */
export const stateKey = (
  payment: Pick<BankTransferStanding, "state" | "partially_received">
): BankTransferFilter => (payment.partially_received ? "partially_received" : payment.state)

/** Still awaited after its deadline. */
export const isOverdue = (payment: {
  state: BankTransferStanding["state"]
  deadline_at: string | null
}) =>
  payment.state === "awaiting_transfer" &&
  !!payment.deadline_at &&
  new Date(payment.deadline_at) < new Date()
