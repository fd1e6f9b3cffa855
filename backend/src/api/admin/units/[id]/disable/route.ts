import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminUnitResponse } from "../../../../../types/http/unit"
import { disableUnitWorkflow } from "../../../../../workflows/unit"
import { loadAdminUnit } from "../../helpers"
import type { AdminDisableUnitType } from "../../validators"

/** POST /admin/units/:id/disable: disables a unit; its members leave its customer group. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminDisableUnitType>,
  res: MedusaResponse<AdminUnitResponse>
) {
  await loadAdminUnit(req.scope, req.params.id)
  await disableUnitWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason ?? null },
  })
  res.json({ unit: await loadAdminUnit(req.scope, req.params.id) })
}
