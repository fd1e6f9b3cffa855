import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { RemittanceSource } from "../../types/http/remittances"
import { matchFields, planOf, REMITTANCE_LOCK } from "./apply"
import { receiptNote } from "./messages"
import { captureRemittanceStep } from "./steps/capture"
import { checkRemittanceSerialStep } from "./steps/check-serial"
import { createRemittanceCreditStep } from "./steps/create-credit"
import { resolveRemittanceTargetStep } from "./steps/resolve-target"

export type RecordRemittanceInput = {
  /** decimal yuan, above zero (validated at the route or the statement reader) */
  amount: string
  currency_code?: string
  payer_name: string
  payer_account?: string | null
  bank?: string | null
  /** China day, YYYY-MM-DD */
  paid_on: string
  /** the instant, ISO 8601, when known */
  paid_at?: string | null
  bank_serial?: string | null
  remark?: string | null
  source: RemittanceSource
  import_id?: string | null
  import_row?: number | null
  recorded_by?: string | null
}

/**
 * 汇款认领: records a bank credit and matches it by the reference in its 附言
 * (modules/remittance/planner.ts): an exact amount from the expected payer
 * captures every payment of the target through 确认到账's receipts (the order
 * is paid); anything else is recorded flagged and captures nothing. A 流水号
 * already recorded is refused (422). One credit at a time; a failed capture
 * removes the credit.
 */
export const recordRemittanceWorkflow = createWorkflow(
  "record-remittance",
  (input: RecordRemittanceInput) => {
    acquireLockStep(REMITTANCE_LOCK)
    checkRemittanceSerialStep(
      transform({ input }, ({ input }) => ({ bank_serial: input.bank_serial ?? null }))
    )
    const resolved = resolveRemittanceTargetStep(
      transform({ input }, ({ input }) => ({ text: input.remark ?? null }))
    )
    const plan = transform({ input, resolved }, ({ input, resolved }) => planOf(input, resolved))
    const credit = createRemittanceCreditStep(
      transform({ input, plan }, ({ input, plan }) => ({
        amount: input.amount,
        currency_code: input.currency_code ?? "cny",
        payer_name: input.payer_name,
        payer_account: input.payer_account ?? null,
        bank: input.bank ?? null,
        paid_on: input.paid_on,
        paid_at: input.paid_at ? new Date(input.paid_at) : null,
        bank_serial: input.bank_serial ?? null,
        remark: input.remark ?? null,
        source: input.source,
        import_id: input.import_id ?? null,
        import_row: input.import_row ?? null,
        recorded_by: input.recorded_by ?? null,
        ...matchFields(plan),
      }))
    )
    when({ plan }, ({ plan }) => plan.captures.length > 0).then(() => {
      captureRemittanceStep(
        transform({ input, plan, credit }, ({ input, plan, credit }) => ({
          target_kind: plan.target?.kind ?? null,
          captures: plan.captures,
          payer_name: input.payer_name,
          paid_on: input.paid_on,
          note: receiptNote(credit.id, input.bank_serial ?? null),
          recorded_by: input.recorded_by ?? null,
        }))
      )
    })
    releaseLockStep({ key: REMITTANCE_LOCK.key })
    return new WorkflowResponse(credit)
  }
)
