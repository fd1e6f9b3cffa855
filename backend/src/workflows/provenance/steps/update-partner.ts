import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import type { PartnerUpdateInput } from "../../../modules/provenance/validation"

const restorable = [
  "handle",
  "name",
  "kind",
  "town_id",
  "village_id",
  "address",
  "contact_name",
  "contact_phone",
  "households_involved",
  "certificates",
  "summary",
  "story",
  "main_products",
  "is_active",
  "metadata",
] as const

export const updatePartnerStep = createStep(
  "update-partner",
  async (input: { id: string; data: PartnerUpdateInput }, { container }) => {
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const before = await provenance.retrievePartner(input.id)
    const partner = await provenance.updatePartnerChecked(input.id, input.data)
    return new StepResponse(partner, before)
  },
  async (before, { container }) => {
    if (!before) return
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const restore: Record<string, unknown> = { id: before.id }
    for (const key of restorable) restore[key] = (before as any)[key]
    await provenance.updatePartners(restore as any)
  }
)
