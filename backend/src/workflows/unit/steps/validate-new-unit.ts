import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"

export const validateUnitIdentityStepId = "validate-unit-identity"

/**
 * A credit code names one unit: refused when another unit (not `unit_id`)
 * has it already. `customer_id`, when given, must belong to no unit yet.
 */
export const validateUnitIdentityStep = createStep(
  validateUnitIdentityStepId,
  async (
    input: { credit_code?: string; unit_id?: string; customer_id?: string },
    { container }
  ) => {
    const units = container.resolve<UnitModuleService>(UNIT_MODULE)
    if (input.credit_code) {
      const [taken] = await units.listUnits({ credit_code: input.credit_code }, { take: 1 })
      if (taken && taken.id !== input.unit_id) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `该统一社会信用代码的单位已存在 (a unit with credit_code ${input.credit_code} already exists)`
        )
      }
    }
    if (input.customer_id && (await units.membershipOf(input.customer_id))) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "该顾客已是一个单位的成员 (the customer already belongs to a unit)"
      )
    }
    return new StepResponse(undefined)
  }
)
