import type { MedusaResponse } from "@medusajs/framework/http"
import type { UnitMemberListResponse, UnitMemberResponse } from "../../../../../types/http/unit"
import { addUnitMemberWorkflow } from "../../../../../workflows/unit"
import { listUnitMembers, loadUnitMember } from "../../../../admin/units/helpers"
import { membershipOf, type UnitRequest } from "../../unit-scope"
import type { StoreAddUnitMemberType } from "../../validators"

/** GET /store/units/me/members: the members of the customer's unit, with their roles. */
export async function GET(req: UnitRequest, res: MedusaResponse<UnitMemberListResponse>) {
  res.json({ members: await listUnitMembers(req.scope, membershipOf(req).unit_id) })
}

/** POST /store/units/me/members: the 管理员 adds an existing customer account by its e-mail. */
export async function POST(
  req: UnitRequest<StoreAddUnitMemberType>,
  res: MedusaResponse<UnitMemberResponse>
) {
  const { unit_id, customer_id } = membershipOf(req)
  const { result } = await addUnitMemberWorkflow(req.scope).run({
    input: { unit_id, ...req.validatedBody, created_by: customer_id },
  })
  res.status(201).json({ member: await loadUnitMember(req.scope, unit_id, result.id) })
}
