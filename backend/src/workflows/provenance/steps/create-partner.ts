import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import type { PartnerCreateInput } from "../../../shared/provenance"

export const createPartnerStepId = "create-partner"

export const createPartnerStep = createStep(
  createPartnerStepId,
  async (input: PartnerCreateInput, { container }) => {
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const partner = await provenance.createPartnerChecked(input)
    return new StepResponse(partner, partner.id)
  },
  async (partnerId, { container }) => {
    if (!partnerId) return
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    await provenance.deletePartners(partnerId)
  }
)
