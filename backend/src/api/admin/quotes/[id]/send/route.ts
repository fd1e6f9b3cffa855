import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminQuoteResponse } from "../../../../../types/http/quote"
import { changeQuote } from "../../change"

/** POST /admin/quotes/:id/send: 已报价 (every line priced, valid until in the future). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminQuoteResponse>) {
  res.json({ quote: await changeQuote(req, { action: "send" }) })
}
