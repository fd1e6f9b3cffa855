import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { UnitMemberListResponse, UnitMemberResponse } from "../../../../../types/http/unit"
import { addUnitMemberWorkflow } from "../../../../../workflows/unit"
import { listUnitMembers, loadAdminUnit, loadUnitMember } from "../../helpers"
import type { AdminAddUnitMemberType } from "../../validators"

/** GET /admin/units/:id/members */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<UnitMemberListResponse>
) {
  await loadAdminUnit(req.scope, req.params.id)
  res.json({ members: await listUnitMembers(req.scope, req.params.id) })
}

/** POST /admin/units/:id/members: adds an existing customer account, by e-mail, with a role. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminAddUnitMemberType>,
  res: MedusaResponse<UnitMemberResponse>
) {
  await loadAdminUnit(req.scope, req.params.id)
  const { result } = await addUnitMemberWorkflow(req.scope).run({
    input: { unit_id: req.params.id, ...req.validatedBody, created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ member: await loadUnitMember(req.scope, req.params.id, result.id) })
}
