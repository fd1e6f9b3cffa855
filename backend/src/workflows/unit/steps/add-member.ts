import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import type { UnitMemberRole } from "../../../types/http/unit"

export type AddUnitMemberStepInput = {
  unit_id: string
  customer_id: string
  role: UnitMemberRole
  created_by: string | null
}

export const addUnitMemberStepId = "add-unit-member"

/** Makes a customer a member of a unit; the membership is deleted again on failure. */
export const addUnitMemberStep = createStep(
  addUnitMemberStepId,
  async (input: AddUnitMemberStepInput, { container }) => {
    const member = await container.resolve<UnitModuleService>(UNIT_MODULE).createUnitMembers({
      unit_id: input.unit_id,
      customer_id: input.customer_id,
      role: input.role,
      created_by: input.created_by,
    })
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<UnitModuleService>(UNIT_MODULE).deleteUnitMembers(id)
  }
)
