import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import type { UnitMemberRole } from "../../../types/http/unit"

export const updateUnitMemberStepId = "update-unit-member"

/** Changes a member's role; the previous role is put back on failure. */
export const updateUnitMemberStep = createStep(
  updateUnitMemberStepId,
  async (input: { id: string; role: UnitMemberRole }, { container }) => {
    const units = container.resolve<UnitModuleService>(UNIT_MODULE)
    const before = await units.retrieveUnitMember(input.id)
    const member = await units.updateUnitMembers({ id: input.id, role: input.role })
    return new StepResponse(member, { id: before.id, role: before.role })
  },
  async (restore, { container }) => {
    if (!restore) return
    await container.resolve<UnitModuleService>(UNIT_MODULE).updateUnitMembers(restore)
  }
)
