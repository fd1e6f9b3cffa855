import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import type { TownCreateInput } from "../../../shared/provenance"

export const createTownStepId = "create-town"

export const createTownStep = createStep(
  createTownStepId,
  async (input: TownCreateInput, { container }) => {
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const town = await provenance.createTownWithVillages(input)
    return new StepResponse(town, town.id)
  },
  async (townId, { container }) => {
    if (!townId) return
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    await provenance.deleteTowns(townId)
  }
)
