import type { MedusaResponse } from "@medusajs/framework/http"
import { fenToYuan } from "../../../../../../../shared/money"
import type { StoreUnitApprovalResponse } from "../../../../../../../types/http/unit-approval"
import {
  monthSpentFen,
  rejectUnitApprovalWorkflow,
  retrieveApproval,
} from "../../../../../../../workflows/unit-approval"
import { membershipOf, type UnitRequest } from "../../../../unit-scope"
import type { StoreRejectUnitApprovalType } from "../../validators"

/** POST /store/units/me/approvals/:id/reject (审批人, 管理员) `{ reason }`: never becomes an order. */
export async function POST(
  req: UnitRequest<StoreRejectUnitApprovalType> & { validatedBody: StoreRejectUnitApprovalType },
  res: MedusaResponse<StoreUnitApprovalResponse>
) {
  const membership = membershipOf(req)
  await rejectUnitApprovalWorkflow(req.scope).run({
    input: {
      unit_id: membership.unit_id,
      id: req.params.id,
      decided_by: membership.customer_id,
      reason: req.validatedBody.reason,
    },
  })
  const approval = await retrieveApproval(req.scope, membership.unit_id, req.params.id)
  const spent = await monthSpentFen(req.scope, membership.unit_id)
  res.json({ approval, month_spent: fenToYuan(spent) })
}
