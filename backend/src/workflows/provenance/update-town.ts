import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PROVENANCE_EVENTS } from "../../modules/provenance"
import type { TownUpdateInput } from "../../shared/provenance"
import { updateTownStep } from "./steps/update-town"

export const updateTownWorkflow = createWorkflow(
  "update-town",
  (input: { id: string; data: TownUpdateInput }) => {
    const town = updateTownStep(input)
    emitEventStep({ eventName: PROVENANCE_EVENTS.townUpdated, data: { id: input.id } })
    return new WorkflowResponse(town)
  }
)
