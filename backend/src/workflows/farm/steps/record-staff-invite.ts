import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FARM_MODULE, type FarmModuleService } from "../../../modules/farm"
import type { InviteFarmStaffInput } from "./validate-staff-invite"

export const recordFarmStaffInviteStepId = "record-farm-staff-invite"

/** The farm's record of an invite (linked to the partner on acceptance). Compensation deletes it. */
export const recordFarmStaffInviteStep = createStep(
  recordFarmStaffInviteStepId,
  async (input: InviteFarmStaffInput & { invite_id: string }, { container }) => {
    const farm = container.resolve<FarmModuleService>(FARM_MODULE)
    const created = await farm.createFarmStaffInvites(input)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<FarmModuleService>(FARM_MODULE).deleteFarmStaffInvites([id])
  }
)
