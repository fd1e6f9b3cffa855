import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import type { PartnerUpdateInput } from "../../../shared/provenance"

export const updatePartnerStepId = "update-partner"

export const updatePartnerStep = createStep(
  updatePartnerStepId,
  async (input: { id: string; data: PartnerUpdateInput }, { container }) => {
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const before = await provenance.retrievePartner(input.id)
    const partner = await provenance.updatePartnerChecked(input.id, input.data)
    // The fields this update may have written: the given ones, and the village
    // (cleared when the partner moves to another town).
    const written = Object.keys(input.data) as (keyof PartnerUpdateInput)[]
    const restore = {
      id: before.id,
      village_id: before.village_id,
      ...Object.fromEntries(written.map((key) => [key, before[key]])),
    } as PartnerUpdateInput & { id: string }
    return new StepResponse(partner, restore)
  },
  async (restore, { container }) => {
    if (!restore) return
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    await provenance.updatePartners(restore)
  }
)
