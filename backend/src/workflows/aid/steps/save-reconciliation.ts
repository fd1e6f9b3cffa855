import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AID_MODULE, type AidModuleService } from "../../../modules/aid"
import type { AidReconciliationTrigger } from "../../../types/http/aid"
import type { ReconciliationReport } from "./reconcile-aid-ledger"

export const saveReconciliationStepId = "save-aid-reconciliation"

/** Keeps a reconciliation's report (the latest is shown in the admin). Compensation deletes it. */
export const saveReconciliationStep = createStep(
  saveReconciliationStepId,
  async (
    input: { report: ReconciliationReport; trigger: AidReconciliationTrigger },
    { container }
  ) => {
    const aid = container.resolve<AidModuleService>(AID_MODULE)
    const run = await aid.createAidReconciliations({
      ...input.report,
      trigger: input.trigger,
    })
    return new StepResponse(run, run.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<AidModuleService>(AID_MODULE).deleteAidReconciliations([id])
  }
)
