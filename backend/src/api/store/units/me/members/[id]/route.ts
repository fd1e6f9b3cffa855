import type { MedusaResponse } from "@medusajs/framework/http"
import type {
  UnitMemberDeleteResponse,
  UnitMemberResponse,
} from "../../../../../../types/http/unit"
import {
  removeUnitMemberWorkflow,
  updateUnitMemberWorkflow,
} from "../../../../../../workflows/unit"
import { loadUnitMember } from "../../../../../admin/units/helpers"
import { membershipOf, type UnitRequest } from "../../../unit-scope"
import type { StoreUpdateUnitMemberType } from "../../../validators"

/** POST /store/units/me/members/:id: the 管理员 changes a member's role (404 for another unit's member). */
export async function POST(
  req: UnitRequest<StoreUpdateUnitMemberType>,
  res: MedusaResponse<UnitMemberResponse>
) {
  const { unit_id } = membershipOf(req)
  await updateUnitMemberWorkflow(req.scope).run({
    input: { unit_id, member_id: req.params.id, role: req.validatedBody.role },
  })
  res.json({ member: await loadUnitMember(req.scope, unit_id, req.params.id) })
}

/**
 * DELETE /store/units/me/members/:id: the 管理员 removes a member, or a member
 * leaves (their own id); never the last 管理员.
 */
export async function DELETE(req: UnitRequest, res: MedusaResponse<UnitMemberDeleteResponse>) {
  const { unit_id } = membershipOf(req)
  await removeUnitMemberWorkflow(req.scope).run({ input: { unit_id, member_id: req.params.id } })
  res.json({ id: req.params.id, object: "unit_member", deleted: true })
}
