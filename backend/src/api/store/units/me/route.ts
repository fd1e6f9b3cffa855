import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { StoreUnitResponse, Unit } from "../../../../types/http/unit"
import { updateUnitWorkflow } from "../../../../workflows/unit"
import { STORE_UNIT_FIELDS } from "../../../admin/units/query-config"
import { graphOneOr404 } from "../../../utils/graph"
import { membershipOf, type UnitRequest } from "../unit-scope"
import type { StoreUpdateUnitType } from "../validators"

/** A unit as its members read it. */
export const loadStoreUnit = (container: MedusaContainer, id: string) =>
  graphOneOr404<Unit>(container, "unit", STORE_UNIT_FIELDS, { id }, "你还不是任何单位的成员")

/** GET /store/units/me: the customer's unit and role (404 when it belongs to none). */
export async function GET(req: UnitRequest, res: MedusaResponse<StoreUnitResponse>) {
  const membership = membershipOf(req)
  res.json({
    unit: await loadStoreUnit(req.scope, membership.unit_id),
    role: membership.role,
    member_id: membership.member_id,
  })
}

/** POST /store/units/me: the 管理员 updates the unit's details (name, kind and credit code only while pending). */
export async function POST(
  req: UnitRequest<StoreUpdateUnitType>,
  res: MedusaResponse<StoreUnitResponse>
) {
  const membership = membershipOf(req)
  await updateUnitWorkflow(req.scope).run({
    input: { id: membership.unit_id, data: req.validatedBody, identity_locked_when_verified: true },
  })
  res.json({
    unit: await loadStoreUnit(req.scope, membership.unit_id),
    role: membership.role,
    member_id: membership.member_id,
  })
}
