import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import type { TownUpdateInput } from "../../../modules/provenance/validation"

const restorable = [
  "handle",
  "name",
  "name_pinyin",
  "district",
  "summary",
  "description",
  "specialties",
  "rank",
  "metadata",
] as const

export const updateTownStep = createStep(
  "update-town",
  async (input: { id: string; data: TownUpdateInput }, { container }) => {
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const before = await provenance.retrieveTown(input.id, { relations: ["villages"] })
    const town = await provenance.updateTownWithVillages(input.id, input.data)
    return new StepResponse(town, {
      before,
      villageIds: (before.villages ?? []).map((v) => v.id),
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const { before, villageIds } = previous
    const restore: Record<string, unknown> = { id: before.id }
    for (const key of restorable) restore[key] = (before as any)[key]
    await provenance.updateTowns(restore as any)
    const now = await provenance.listVillages({ town_id: before.id }, { select: ["id"] })
    const added = now.map((v) => v.id).filter((id) => !villageIds.includes(id))
    if (added.length) await provenance.deleteVillages(added)
  }
)
