import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateUnitStep } from "../unit/steps/update-unit"
import { lockUnitSpending } from "./lock"

export type SetApprovalPolicyInput = {
  unit_id: string
  order_over?: string | null
  month_over?: string | null
}

/** The unit's 管理员 sets its approval policy (amounts in decimal yuan, null: not checked). */
export const setApprovalPolicyWorkflow = createWorkflow(
  "set-unit-approval-policy",
  (input: SetApprovalPolicyInput) => {
    const release = lockUnitSpending(input)
    updateUnitStep(
      transform({ input }, ({ input }) => ({
        id: input.unit_id,
        ...(input.order_over !== undefined ? { approval_order_over: input.order_over } : {}),
        ...(input.month_over !== undefined ? { approval_month_over: input.month_over } : {}),
      }))
    )
    release()
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.unit_id })))
  }
)
