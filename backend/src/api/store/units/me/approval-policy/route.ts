import type { MedusaResponse } from "@medusajs/framework/http"
import { fenToYuan } from "../../../../../shared/money"
import type { StoreUnitApprovalPolicyResponse } from "../../../../../types/http/unit-approval"
import {
  monthSpentFen,
  policyOf,
  setApprovalPolicyWorkflow,
} from "../../../../../workflows/unit-approval"
import { membershipOf, type UnitRequest } from "../../unit-scope"
import type { StoreUnitApprovalPolicyType } from "./validators"

async function answer(req: UnitRequest, unitId: string): Promise<StoreUnitApprovalPolicyResponse> {
  const [policy, spent] = await Promise.all([
    policyOf(req.scope, unitId),
    monthSpentFen(req.scope, unitId),
  ])
  return { policy, month_spent: fenToYuan(spent) }
}

/** GET /store/units/me/approval-policy: the unit's policy and its spending this China month (any member). */
export async function GET(req: UnitRequest, res: MedusaResponse<StoreUnitApprovalPolicyResponse>) {
  res.json(await answer(req, membershipOf(req).unit_id))
}

/** POST /store/units/me/approval-policy (管理员): sets or clears the amounts. */
export async function POST(
  req: UnitRequest<StoreUnitApprovalPolicyType> & { validatedBody: StoreUnitApprovalPolicyType },
  res: MedusaResponse<StoreUnitApprovalPolicyResponse>
) {
  const { unit_id } = membershipOf(req)
  await setApprovalPolicyWorkflow(req.scope).run({
    input: { unit_id, ...req.validatedBody },
  })
  res.json(await answer(req, unit_id))
}
