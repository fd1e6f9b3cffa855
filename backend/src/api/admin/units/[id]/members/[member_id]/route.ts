import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type {
  UnitMemberDeleteResponse,
  UnitMemberResponse,
} from "../../../../../../types/http/unit"
import {
  removeUnitMemberWorkflow,
  updateUnitMemberWorkflow,
} from "../../../../../../workflows/unit"
import { loadUnitMember } from "../../../helpers"
import type { AdminUpdateUnitMemberType } from "../../../validators"

/** POST /admin/units/:id/members/:member_id: changes a member's role (the last 管理员 keeps it). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateUnitMemberType>,
  res: MedusaResponse<UnitMemberResponse>
) {
  const { id, member_id } = req.params
  await updateUnitMemberWorkflow(req.scope).run({
    input: { unit_id: id, member_id, role: req.validatedBody.role },
  })
  res.json({ member: await loadUnitMember(req.scope, id, member_id) })
}

/** DELETE /admin/units/:id/members/:member_id: removes a member (never the last 管理员). */
export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<UnitMemberDeleteResponse>
) {
  const { id, member_id } = req.params
  await removeUnitMemberWorkflow(req.scope).run({ input: { unit_id: id, member_id } })
  res.json({ id: member_id, object: "unit_member", deleted: true })
}
