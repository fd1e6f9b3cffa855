import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createApprovalStep } from "./steps/create-approval"
import {
  type PrepareApprovalRequestInput,
  prepareApprovalRequestStep,
} from "./steps/prepare-request"

export type RequestUnitApprovalInput = PrepareApprovalRequestInput

/**
 * A member's approval request (审批申请) for a cart or a bulk order that
 * needs one: what it is, for whom and its amount computed on the server,
 * recorded as pending for the unit's 审批人 and 管理员.
 */
export const requestUnitApprovalWorkflow = createWorkflow(
  "request-unit-approval",
  (input: RequestUnitApprovalInput) => {
    const request = prepareApprovalRequestStep(input)
    return new WorkflowResponse(createApprovalStep(request))
  }
)
