import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import type { TownUpdateInput } from "../../../shared/provenance"

export const updateTownStepId = "update-town"

export const updateTownStep = createStep(
  updateTownStepId,
  async (input: { id: string; data: TownUpdateInput }, { container }) => {
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const before = await provenance.retrieveTown(input.id, { relations: ["villages"] })
    const town = await provenance.updateTownWithVillages(input.id, input.data)
    // The fields this update wrote (villages are only ever added, see below).
    const written = (Object.keys(input.data) as (keyof TownUpdateInput)[]).filter(
      (key): key is Exclude<keyof TownUpdateInput, "villages"> => key !== "villages"
    )
    const restore = {
      id: before.id,
      ...Object.fromEntries(written.map((key) => [key, before[key]])),
    } as Omit<TownUpdateInput, "villages"> & { id: string }
    return new StepResponse(town, {
      restore,
      villageIds: (before.villages ?? []).map((v) => v.id),
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    const provenance: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const { restore, villageIds } = previous
    await provenance.updateTowns(restore)
    const now = await provenance.listVillages({ town_id: restore.id }, { select: ["id"] })
    const added = now.map((v) => v.id).filter((id) => !villageIds.includes(id))
    if (added.length) await provenance.deleteVillages(added)
  }
)
