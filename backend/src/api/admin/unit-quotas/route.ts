import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { chinaToday } from "../../../shared/china-time"
import type { AdminUnitQuotaListResponse } from "../../../types/http/unit-report"
import { quotaTable } from "../../../workflows/unit-report"
import type { AdminUnitQuotaParamsType } from "./validators"

/**
 * GET /admin/unit-quotas?year=: every verified unit with its target of the
 * China year (this year by default) and what the aid ledger holds for it.
 */
export async function GET(
  req: AuthenticatedMedusaRequest & { validatedQuery: AdminUnitQuotaParamsType },
  res: MedusaResponse<AdminUnitQuotaListResponse>
) {
  const year = req.validatedQuery.year ?? Number(chinaToday().slice(0, 4))
  res.json({ year, units: await quotaTable(req.scope, year) })
}
