import type { MedusaResponse } from "@medusajs/framework/http"
import type { StoreQuoteResponse } from "../../../../../../types/http/quote"
import { retrieveQuote } from "../../../../../../workflows/quote"
import { membershipOf, type UnitRequest } from "../../../unit-scope"

/** GET /store/units/me/quotes/:id: one of the unit's quotes (another unit's: 404). */
export async function GET(req: UnitRequest, res: MedusaResponse<StoreQuoteResponse>) {
  const membership = membershipOf(req)
  res.json({ quote: await retrieveQuote(req.scope, membership.unit_id, req.params.id) })
}
