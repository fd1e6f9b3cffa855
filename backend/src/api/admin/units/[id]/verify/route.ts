import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminUnitResponse } from "../../../../../types/http/unit"
import { verifyUnitWorkflow } from "../../../../../workflows/unit"
import { loadAdminUnit } from "../../helpers"

/** POST /admin/units/:id/verify: verifies a pending (or disabled) unit; its members join its customer group. */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminUnitResponse>
) {
  await loadAdminUnit(req.scope, req.params.id)
  await verifyUnitWorkflow(req.scope).run({
    input: { id: req.params.id, user_id: req.auth_context.actor_id },
  })
  res.json({ unit: await loadAdminUnit(req.scope, req.params.id) })
}
