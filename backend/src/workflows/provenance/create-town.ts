import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PROVENANCE_EVENTS } from "../../modules/provenance"
import type { TownCreateInput } from "../../shared/provenance"
import { createTownStep } from "./steps/create-town"

export const createTownWorkflow = createWorkflow("create-town", (input: TownCreateInput) => {
  const town = createTownStep(input)
  emitEventStep({
    eventName: PROVENANCE_EVENTS.townCreated,
    data: transform({ town }, ({ town }) => ({ id: town.id })),
  })
  return new WorkflowResponse(town)
})
