import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RemittancePlan } from "../../../modules/remittance/planner"
import { REASON_MESSAGES } from "../messages"

export const checkRemittancePlanStepId = "check-remittance-plan"

/**
 * A person's action must leave the credit applied or flagged against a real
 * target: a reference that pays nothing, or what is already paid or
 * cancelled, is refused (400) and the credit stays as it was. `confirm`
 * needs the plan to capture (what is due may have changed since).
 */
export const checkRemittancePlanStep = createStep(
  checkRemittancePlanStepId,
  async (input: { plan: RemittancePlan; confirm: boolean }) => {
    const { plan } = input
    if (plan.status === "unmatched") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        REASON_MESSAGES[plan.reason ?? "unknown_reference"]
      )
    }
    if (input.confirm && plan.status !== "matched") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The amount due changed: the remittance is now ${plan.status}, nothing was captured (应付金额已变化，未入账)`
      )
    }
    return new StepResponse(null)
  }
)
