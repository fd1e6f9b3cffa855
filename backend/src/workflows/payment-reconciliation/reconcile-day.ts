import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ReconciliationProvider } from "../../types/http/payment-reconciliations"
import { compareProviderDayStep } from "./steps/compare-day"
import { saveReconciliationRunStep } from "./steps/save-run"

export type ReconcilePaymentDayInput = {
  provider: ReconciliationProvider
  /** China day, YYYY-MM-DD */
  bill_date: string
  trigger: "job" | "admin"
  actor_id?: string | null
}

/** One provider's bill of one day against the shop's payments and refunds; keeps the run. */
export const reconcilePaymentDayWorkflow = createWorkflow(
  "reconcile-payment-day",
  (input: ReconcilePaymentDayInput) => {
    const comparison = compareProviderDayStep({
      provider: input.provider,
      bill_date: input.bill_date,
    })
    const saveInput = transform({ input, comparison }, ({ input, comparison }) => ({
      provider: input.provider,
      bill_date: input.bill_date,
      trigger: input.trigger,
      actor_id: input.actor_id ?? null,
      comparison,
    }))
    return new WorkflowResponse(saveReconciliationRunStep(saveInput))
  }
)
