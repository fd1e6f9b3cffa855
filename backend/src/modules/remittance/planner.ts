/**
 * What a bank credit does to what its reference pays: the one place the
 * matching rules live (the workflows apply the plan). Pure, money in whole fen.
 *
 * - no reference, or nothing it pays: `unmatched` (stays in the queue)
 * - a target with a cancelled payment: `unmatched`, reason `canceled` (paid back, never captured)
 * - a target already paid in full: `unmatched`, reason `already_paid` (never captured twice)
 * - less than what is still due: `underpaid`; more: `overpaid` (flagged, nothing captured)
 * - exactly what is due, from a payer name other than the expected ones:
 *   `name_mismatch` (captured once a person confirms)
 * - exactly what is due from the expected payer (or confirmed): `matched`, and
 *   every payment still awaited is captured for what it still lacks
 */
import BigNumber from "bignumber.js"
import { fenToYuan } from "../../shared/money"
import type { BankTransferState } from "../../types/http/payments"
import type { RemittanceReason, RemittanceStatus } from "../../types/http/remittances"
import { payerMatches } from "./references"
import { fenOf } from "./standing"

/** One payment a reference pays, as it stands. */
export type TargetPayment = {
  payment_id: string
  order_id: string | null
  /** the amount due, decimal yuan */
  amount: string
  /** received so far (receipts), decimal yuan */
  received_amount: string
  state: BankTransferState
}

/** What a reference pays: its payments and who is expected to pay (see workflows/remittance/resolvers). */
export type RemittanceTarget = {
  /** "order" today; "bulk_order" when bulk orders come */
  kind: string
  id: string
  reference: string
  currency_code: string
  /** the payer names that count as the expected payer (company, billing name, unit name…) */
  payers: string[]
  payments: TargetPayment[]
}

export type Capture = { payment_id: string; order_id: string | null; amount: string }

export type RemittancePlan = {
  status: RemittanceStatus
  reason: RemittanceReason | null
  reference: string | null
  target: { kind: string; id: string } | null
  /** still due when matched, decimal yuan */
  expected_amount: string | null
  expected_payer: string | null
  /** what to capture: only when `status` is matched */
  captures: Capture[]
}

export type PlanInput = {
  credit: { amount: string; payer_name: string }
  /** the references found in the 附言 (or typed by a person) */
  references: string[]
  /** what the reference pays, null when nothing */
  target: RemittanceTarget | null
  /** a person confirmed the payer (POST /admin/remittances/:id/confirm) */
  payer_confirmed?: boolean
}

const unmatched = (
  reason: RemittanceReason,
  reference: string | null,
  target: RemittanceTarget | null
): RemittancePlan => ({
  status: "unmatched",
  reason,
  reference,
  target: target ? { kind: target.kind, id: target.id } : null,
  expected_amount: null,
  expected_payer: target?.payers[0] ?? null,
  captures: [],
})

export function planRemittance(input: PlanInput): RemittancePlan {
  const { credit, references, target } = input
  if (!references.length) return unmatched("no_reference", null, null)
  if (!target) {
    return unmatched(
      references.length > 1 ? "several_references" : "unknown_reference",
      references.length === 1 ? references[0] : null,
      null
    )
  }
  const reference = target.reference
  if (target.payments.some((p) => p.state === "canceled")) {
    return unmatched("canceled", reference, target)
  }
  const awaited = target.payments.filter((p) => p.state === "awaiting_transfer")
  if (!awaited.length) return unmatched("already_paid", reference, target)

  const lacking = awaited.map((p) => ({
    payment: p,
    fen: BigNumber.max(fenOf(p.amount).minus(fenOf(p.received_amount)), 0),
  }))
  const due = lacking.reduce((sum, l) => sum.plus(l.fen), new BigNumber(0))
  const paid = fenOf(credit.amount)
  const base = {
    reason: null,
    reference,
    target: { kind: target.kind, id: target.id },
    expected_amount: fenToYuan(due),
    expected_payer: target.payers[0] ?? null,
  }
  if (paid.lt(due)) return { ...base, status: "underpaid", captures: [] }
  if (paid.gt(due)) return { ...base, status: "overpaid", captures: [] }
  if (!input.payer_confirmed && !payerMatches(credit.payer_name, target.payers)) {
    return { ...base, status: "name_mismatch", captures: [] }
  }
  return {
    ...base,
    status: "matched",
    captures: lacking
      .filter((l) => l.fen.gt(0))
      .map((l) => ({
        payment_id: l.payment.payment_id,
        order_id: l.payment.order_id,
        amount: fenToYuan(l.fen),
      })),
  }
}
