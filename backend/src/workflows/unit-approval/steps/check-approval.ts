import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { parseFen } from "../../../shared/money"
import { checkPurchaseApproval } from "../check"

export const checkUnitApprovalStepId = "check-unit-approval"

/**
 * A bulk order the unit's approval policy holds is not created (403-style
 * 400 telling the member to request approval), unless the approve workflow
 * places it under its approval. Nothing to undo.
 */
export const checkUnitApprovalStep = createStep(
  checkUnitApprovalStepId,
  async (data: { unit_id: string; amount: string; approval_id?: string | null }, { container }) => {
    await checkPurchaseApproval(container, {
      unit_id: data.unit_id,
      amount_fen: parseFen(data.amount) ?? BigInt(0),
      approval_id: data.approval_id,
    })
    return new StepResponse(undefined)
  }
)
