import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminQuoteResponse } from "../../../../../types/http/quote"
import { changeQuote } from "../../change"

/** POST /admin/quotes/:id/cancel: 已取消 (not once accepted or declined). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminQuoteResponse>) {
  res.json({ quote: await changeQuote(req, { action: "cancel" }) })
}
