import { planRemittance, type RemittancePlan } from "../../modules/remittance/planner"
import { sumAmounts } from "../../shared/money"
import type { ResolvedTarget } from "./steps/resolve-target"

/** The plan of a credit, from the references and target resolved. */
export const planOf = (
  credit: { amount: string; payer_name: string },
  resolved: ResolvedTarget,
  payerConfirmed = false
) =>
  planRemittance({
    credit,
    references: resolved.references,
    target: resolved.target,
    payer_confirmed: payerConfirmed,
  })

/** The credit's fields a plan sets. */
export const matchFields = (plan: RemittancePlan) => ({
  status: plan.status,
  reason: plan.reason,
  reference: plan.reference,
  target_kind: plan.target?.kind ?? null,
  target_id: plan.target?.id ?? null,
  expected_amount: plan.expected_amount,
  expected_payer: plan.expected_payer,
  captured_amount: plan.captures.length ? sumAmounts(plan.captures.map((c) => c.amount)) : null,
  payment_ids: plan.captures.length ? plan.captures.map((c) => c.payment_id) : null,
})

/** The lock every application of a credit takes: one at a time, so no payment is captured twice. */
export const REMITTANCE_LOCK = { key: "remittance:apply", timeout: 30, ttl: 120 }
