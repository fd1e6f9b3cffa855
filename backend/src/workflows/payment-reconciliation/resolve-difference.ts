import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { PAYMENT_RECONCILIATION_MODULE } from "../../modules/payment-reconciliation"
import type { PaymentReconciliationModuleService } from "../../modules/payment-reconciliation"

export type ResolveDifferenceInput = {
  run_id: string
  difference_id: string
  note: string
  actor_id: string | null
}

export const resolveReconciliationDifferenceStepId = "resolve-payment-reconciliation-difference"

/** Marks one difference looked into, with what was done; undone by reopening it. */
export const resolveReconciliationDifferenceStep = createStep(
  resolveReconciliationDifferenceStepId,
  async (input: ResolveDifferenceInput, { container }) => {
    const service = container.resolve<PaymentReconciliationModuleService>(
      PAYMENT_RECONCILIATION_MODULE
    )
    const [difference] = await service.listPaymentReconciliationDifferences({
      id: input.difference_id,
      run_id: input.run_id,
    })
    if (!difference) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "No such difference in this reconciliation"
      )
    }
    if (difference.resolved_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This difference is already resolved")
    }
    await service.updatePaymentReconciliationDifferences({
      id: difference.id,
      resolved_at: new Date(),
      resolved_by: input.actor_id,
      resolution_note: input.note,
    })
    return new StepResponse({ id: difference.id }, difference.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service = container.resolve<PaymentReconciliationModuleService>(
      PAYMENT_RECONCILIATION_MODULE
    )
    await service.updatePaymentReconciliationDifferences({
      id,
      resolved_at: null,
      resolved_by: null,
      resolution_note: null,
    })
  }
)

export const resolveReconciliationDifferenceWorkflow = createWorkflow(
  "resolve-payment-reconciliation-difference",
  (input: ResolveDifferenceInput) =>
    new WorkflowResponse(resolveReconciliationDifferenceStep(input))
)
