import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AidReconciliationTrigger } from "../../types/http/aid"
import { reconcileAidLedgerStep } from "./steps/reconcile-aid-ledger"
import { saveReconciliationStep } from "./steps/save-reconciliation"

/** Runs the reconciliation and keeps its report (the latest is shown in the admin). */
export const reconcileAidLedgerWorkflow = createWorkflow(
  "reconcile-aid-ledger",
  (input: { trigger: AidReconciliationTrigger }) => {
    const report = reconcileAidLedgerStep()
    return new WorkflowResponse(saveReconciliationStep({ report, trigger: input.trigger }))
  }
)
