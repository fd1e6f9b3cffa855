import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import type { UnitMemberRole } from "../../../types/http/unit"

export const validateUnitMemberChangeStepId = "validate-unit-member-change"

/**
 * The member must belong to the unit (404 otherwise, also for a member of
 * another unit), and the unit must keep a 管理员: the last one can be
 * neither removed nor given another role. Answers the member.
 */
export const validateUnitMemberChangeStep = createStep(
  validateUnitMemberChangeStepId,
  async (
    input: { unit_id: string; member_id: string; role?: UnitMemberRole | null },
    { container }
  ) => {
    const units = container.resolve<UnitModuleService>(UNIT_MODULE)
    const member = await units.retrieveMemberOf(input.unit_id, input.member_id)
    const losesAdmin = member.role === "admin" && input.role !== "admin"
    if (losesAdmin && (await units.countAdmins(input.unit_id)) <= 1) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "单位至少需要一名管理员 (the unit's last admin cannot be removed or given another role)"
      )
    }
    return new StepResponse({ id: member.id, customer_id: member.customer_id, role: member.role })
  }
)
