import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminQuoteListResponse } from "../../../types/http/quote"
import { listQuotesForAdmin } from "../../../workflows/quote"
import type { AdminQuoteParamsType } from "./validators"

/** GET /admin/quotes?status=&unit_id=&q=: every unit's quotes with the unit's name, newest first. */
export async function GET(
  req: AuthenticatedMedusaRequest & { validatedQuery: AdminQuoteParamsType },
  res: MedusaResponse<AdminQuoteListResponse>
) {
  const { status, unit_id, q, limit, offset } = req.validatedQuery
  const { rows, count } = await listQuotesForAdmin(
    req.scope,
    { status, unit_id, q: q || undefined },
    { limit, offset }
  )
  res.json({ quotes: rows, count, limit, offset })
}
