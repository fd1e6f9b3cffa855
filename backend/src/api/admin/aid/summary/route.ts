import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminAidSummaryResponse } from "../../../../types/http/aid"
import { buildSummary } from "../report"
import type { AdminAidSummaryParamsType } from "../validators"

/**
 * GET /admin/aid/summary?from=&to=&group_by=town|partner|month|buyer_kind
 * (&buyer_kind=&town=&partner=): the ledger's figures, exact to the fen.
 */
export async function GET(
  req: MedusaRequest<unknown, AdminAidSummaryParamsType>,
  res: MedusaResponse<AdminAidSummaryResponse>
) {
  res.json(await buildSummary(req.scope, req.validatedQuery))
}
