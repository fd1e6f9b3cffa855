import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"

export const removeUnitMemberStepId = "remove-unit-member"

/** Removes a membership (soft-deleted, so it is restored on failure). */
export const removeUnitMemberStep = createStep(
  removeUnitMemberStepId,
  async (id: string, { container }) => {
    await container.resolve<UnitModuleService>(UNIT_MODULE).softDeleteUnitMembers(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<UnitModuleService>(UNIT_MODULE).restoreUnitMembers(id)
  }
)
