import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminQuoteResponse } from "../../../../types/http/quote"
import { retrieveQuoteForAdmin } from "../../../../workflows/quote"
import { changeQuote } from "../change"
import type { AdminUpdateQuoteType } from "../validators"

/** GET /admin/quotes/:id: one quote with its unit's name. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminQuoteResponse>) {
  res.json({ quote: await retrieveQuoteForAdmin(req.scope, req.params.id) })
}

/**
 * POST /admin/quotes/:id: line prices, shipping, valid until, delivery
 * window, terms; only while 待报价 or 已报价 (a sent quote goes back to
 * 待报价 until sent again).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateQuoteType> & { validatedBody: AdminUpdateQuoteType },
  res: MedusaResponse<AdminQuoteResponse>
) {
  res.json({ quote: await changeQuote(req, { action: "update", body: req.validatedBody }) })
}
