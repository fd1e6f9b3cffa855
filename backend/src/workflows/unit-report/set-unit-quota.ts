import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setUnitQuotaStep, type SetUnitQuotaStepInput } from "./steps/set-unit-quota"

export const setUnitQuotaWorkflowId = "set-unit-quota"

/** Sets a unit's aid target for a China year (input checked at the edge, amounts exact). */
export const setUnitQuotaWorkflow = createWorkflow(
  setUnitQuotaWorkflowId,
  (input: SetUnitQuotaStepInput) => new WorkflowResponse(setUnitQuotaStep(input))
)
