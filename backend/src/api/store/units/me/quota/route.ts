import type { MedusaResponse } from "@medusajs/framework/http"
import { chinaToday } from "../../../../../shared/china-time"
import { perMemberTarget } from "../../../../../shared/unit-report"
import type { StoreUnitQuotaResponse } from "../../../../../types/http/unit-report"
import { quotaOf, quotaProgress, setUnitQuotaWorkflow } from "../../../../../workflows/unit-report"
import { membershipOf, type UnitRequest } from "../../unit-scope"
import type { StoreUnitQuotaParamsType, StoreUnitQuotaType } from "./validators"

/**
 * GET /store/units/me/quota?year=: the unit's target of the China year (this
 * year by default) and its progress from the aid ledger, for every member.
 */
export async function GET(
  req: UnitRequest & { validatedQuery: StoreUnitQuotaParamsType },
  res: MedusaResponse<StoreUnitQuotaResponse>
) {
  const { unit_id } = membershipOf(req)
  const year = req.validatedQuery.year ?? Number(chinaToday().slice(0, 4))
  const quota = await quotaOf(req.scope, unit_id, year)
  res.json({ quota, progress: await quotaProgress(req.scope, unit_id, year, quota) })
}

/**
 * PUT /store/units/me/quota: sets the target of a year, an amount or an
 * allowance per member × headcount (the product computed exactly in fen);
 * 管理员 and 财务 only.
 */
export async function PUT(
  req: UnitRequest<StoreUnitQuotaType> & { validatedBody: StoreUnitQuotaType },
  res: MedusaResponse<StoreUnitQuotaResponse>
) {
  const { unit_id, customer_id } = membershipOf(req)
  const body = req.validatedBody
  await setUnitQuotaWorkflow(req.scope).run({
    input: {
      unit_id,
      year: body.year,
      basis: body.basis,
      amount:
        body.basis === "amount" ? body.amount : perMemberTarget(body.per_member, body.headcount),
      per_member: body.basis === "per_member" ? body.per_member : null,
      headcount: body.basis === "per_member" ? body.headcount : null,
      updated_by: customer_id,
    },
  })
  const quota = await quotaOf(req.scope, unit_id, body.year)
  res.json({ quota, progress: await quotaProgress(req.scope, unit_id, body.year, quota) })
}
