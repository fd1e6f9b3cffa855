import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminUnitApprovalListResponse } from "../../../types/http/unit-approval"
import { listApprovalsForAdmin } from "../../../workflows/unit-approval"
import type { AdminUnitApprovalParamsType } from "./validators"

/** GET /admin/unit-approvals?unit_id=&status=: every unit's approval requests with the unit's name. */
export async function GET(
  req: AuthenticatedMedusaRequest & { validatedQuery: AdminUnitApprovalParamsType },
  res: MedusaResponse<AdminUnitApprovalListResponse>
) {
  const { unit_id, status, limit, offset } = req.validatedQuery
  const { rows, count } = await listApprovalsForAdmin(
    req.scope,
    { unit_id, status },
    { limit, offset }
  )
  res.json({ approvals: rows, count, limit, offset })
}
