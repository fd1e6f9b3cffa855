import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { TownCreateInput } from "../../modules/provenance/validation"
import { createTownStep } from "./steps/create-town"

export const createTownWorkflow = createWorkflow("create-town", (input: TownCreateInput) => {
  return new WorkflowResponse(createTownStep(input))
})
