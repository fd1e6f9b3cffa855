import type { MedusaResponse } from "@medusajs/framework/http"
import { fenToYuan } from "../../../../../../../shared/money"
import type { StoreUnitApprovalResponse } from "../../../../../../../types/http/unit-approval"
import {
  approveUnitApprovalWorkflow,
  monthSpentFen,
  retrieveApproval,
} from "../../../../../../../workflows/unit-approval"
import { membershipOf, type UnitRequest } from "../../../../unit-scope"

/**
 * POST /store/units/me/approvals/:id/approve (审批人, 管理员): the server
 * places the cart's order or the bulk order, once; approving a placed one
 * again answers it unchanged.
 */
export async function POST(req: UnitRequest, res: MedusaResponse<StoreUnitApprovalResponse>) {
  const membership = membershipOf(req)
  await approveUnitApprovalWorkflow(req.scope).run({
    input: { unit_id: membership.unit_id, id: req.params.id, decided_by: membership.customer_id },
  })
  const approval = await retrieveApproval(req.scope, membership.unit_id, req.params.id)
  const spent = await monthSpentFen(req.scope, membership.unit_id)
  res.json({ approval, month_spent: fenToYuan(spent) })
}
