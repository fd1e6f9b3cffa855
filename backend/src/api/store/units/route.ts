import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreUnitResponse } from "../../../types/http/unit"
import { applyForUnitWorkflow } from "../../../workflows/unit"
import { loadStoreUnit } from "./me/route"
import type { StoreApplyUnitType } from "./validators"

/** POST /store/units: the signed-in customer applies for a unit and becomes its 管理员. */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreApplyUnitType>,
  res: MedusaResponse<StoreUnitResponse>
) {
  const { result } = await applyForUnitWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, data: req.validatedBody },
  })
  res.status(201).json({
    unit: await loadStoreUnit(req.scope, result.unit.id),
    role: result.member.role,
    member_id: result.member.id,
  })
}
