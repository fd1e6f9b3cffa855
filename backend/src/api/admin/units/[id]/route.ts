import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminUnitResponse } from "../../../../types/http/unit"
import { updateUnitWorkflow } from "../../../../workflows/unit"
import { loadAdminUnit } from "../helpers"
import type { AdminUpdateUnitType } from "../validators"

/** GET /admin/units/:id: a unit with its members. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminUnitResponse>) {
  res.json({ unit: await loadAdminUnit(req.scope, req.params.id) })
}

/** POST /admin/units/:id: updates a unit's details (any of them, at any status). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateUnitType>,
  res: MedusaResponse<AdminUnitResponse>
) {
  await loadAdminUnit(req.scope, req.params.id)
  await updateUnitWorkflow(req.scope).run({
    input: { id: req.params.id, data: req.validatedBody },
  })
  res.json({ unit: await loadAdminUnit(req.scope, req.params.id) })
}
