import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setTownTargetsStep, type SetTownTargetsInput } from "./steps/set-town-targets"
import { validateTownsExistStep } from "./steps/validate-towns-exist"

/** 帮扶销售目标: sets the yearly aid sales target of one or more towns. */
export const setTownTargetsWorkflow = createWorkflow(
  "set-aid-town-targets",
  (input: SetTownTargetsInput) => {
    validateTownsExistStep(input)
    return new WorkflowResponse(setTownTargetsStep(input))
  }
)
