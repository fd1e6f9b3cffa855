import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { matchFields, planOf, REMITTANCE_LOCK } from "./apply"
import { receiptNote } from "./messages"
import { captureRemittanceStep } from "./steps/capture"
import { checkRemittancePlanStep } from "./steps/check-plan"
import { loadRemittanceCreditStep } from "./steps/load-credit"
import { resolveRemittanceTargetStep } from "./steps/resolve-target"
import { updateRemittanceCreditStep } from "./steps/update-credit"

export type MatchRemittanceInput = {
  id: string
  /** match by hand: the reference a person read (typed any way) */
  reference?: string | null
  /** confirm a `name_mismatch`: the person vouches for the payer */
  confirm?: boolean
  /** the person acting */
  user_id?: string | null
}

/**
 * A person acts on a credit in the queue:
 * - confirm (`name_mismatch` only): the payer is accepted and, if what is due
 *   is still the amount, every payment of the target is captured;
 * - match by hand (`unmatched`, `underpaid`, `overpaid`, `name_mismatch`):
 *   the credit is matched to the reference given, with the same checks as on
 *   arrival (a different payer name then needs a confirmation too).
 * A reference that pays nothing, or pays what is already paid or cancelled,
 * is refused and the credit stays as it was. The credit's match is restored
 * if the capture fails.
 */
export const matchRemittanceWorkflow = createWorkflow(
  "match-remittance",
  (input: MatchRemittanceInput) => {
    acquireLockStep(REMITTANCE_LOCK)
    const credit = loadRemittanceCreditStep(
      transform({ input }, ({ input }) =>
        input.confirm
          ? { id: input.id, allowed: ["name_mismatch" as const], action: "confirmed" }
          : {
              id: input.id,
              allowed: [
                "unmatched" as const,
                "underpaid" as const,
                "overpaid" as const,
                "name_mismatch" as const,
              ],
              action: "matched by hand",
            }
      )
    )
    const resolved = resolveRemittanceTargetStep(
      transform({ input, credit }, ({ input, credit }) => ({
        text: input.confirm ? credit.reference : (input.reference ?? null),
      }))
    )
    const plan = transform({ input, credit, resolved }, ({ input, credit, resolved }) =>
      planOf(credit, resolved, Boolean(input.confirm))
    )
    checkRemittancePlanStep(
      transform({ input, plan }, ({ input, plan }) => ({ plan, confirm: Boolean(input.confirm) }))
    )
    updateRemittanceCreditStep(
      transform({ input, plan }, ({ input, plan }) => ({
        id: input.id,
        ...matchFields(plan),
        confirmed_by: input.user_id ?? null,
        confirmed_at: new Date(),
      }))
    )
    when({ plan }, ({ plan }) => plan.captures.length > 0).then(() => {
      captureRemittanceStep(
        transform({ input, plan, credit }, ({ input, plan, credit }) => ({
          target_kind: plan.target?.kind ?? null,
          captures: plan.captures,
          payer_name: credit.payer_name,
          paid_on: credit.paid_on,
          note: receiptNote(credit.id, credit.bank_serial),
          recorded_by: input.user_id ?? null,
        }))
      )
    })
    releaseLockStep({ key: REMITTANCE_LOCK.key })
    return new WorkflowResponse(transform({ plan }, ({ plan }) => ({ status: plan.status })))
  }
)
