import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fenToYuan } from "../../../../../../shared/money"
import type { StoreUnitApprovalResponse } from "../../../../../../types/http/unit-approval"
import { monthSpentFen, retrieveApproval } from "../../../../../../workflows/unit-approval"
import { membershipOf, type UnitRequest } from "../../../unit-scope"
import { APPROVAL_DECIDERS } from "../roles"

/**
 * GET /store/units/me/approvals/:id: one of the unit's requests (its
 * 审批人 and 管理员; a requester their own), with the month's spending; 404
 * for another unit's, or another member's for a requester.
 */
export async function GET(req: UnitRequest, res: MedusaResponse<StoreUnitApprovalResponse>) {
  const membership = membershipOf(req)
  const approval = await retrieveApproval(req.scope, membership.unit_id, req.params.id)
  if (
    !APPROVAL_DECIDERS.includes(membership.role) &&
    approval.requested_by !== membership.customer_id
  ) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `审批申请 ${req.params.id} 不存在`)
  }
  const spent = await monthSpentFen(req.scope, membership.unit_id)
  res.json({ approval, month_spent: fenToYuan(spent) })
}
