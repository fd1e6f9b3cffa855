import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { TownUpdateInput } from "../../modules/provenance/validation"
import { updateTownStep } from "./steps/update-town"

export const updateTownWorkflow = createWorkflow(
  "update-town",
  (input: { id: string; data: TownUpdateInput }) => {
    return new WorkflowResponse(updateTownStep(input))
  }
)
