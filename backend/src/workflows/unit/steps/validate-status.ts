import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_STATUS_LABELS, type UnitStatus } from "../../../types/http/unit"

export const validateUnitStatusStepId = "validate-unit-status"

/** The unit's status must be one of `from` for the change `action` (e.g. verify, disable). */
export const validateUnitStatusStep = createStep(
  validateUnitStatusStepId,
  async (input: { status: UnitStatus; from: UnitStatus[]; action: string }) => {
    if (!input.from.includes(input.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `单位${UNIT_STATUS_LABELS[input.status]}，不能${input.action} (a ${input.status} unit cannot be changed so)`
      )
    }
    return new StepResponse(undefined)
  }
)
