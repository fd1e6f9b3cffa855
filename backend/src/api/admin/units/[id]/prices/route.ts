import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminUnitNegotiatedPricesResponse } from "../../../../../types/http/unit-prices"
import { setNegotiatedPeriodWorkflow } from "../../../../../workflows/unit-prices"
import { loadNegotiatedPrices } from "./helpers"
import type { AdminSetNegotiatedPeriodType } from "./validators"

/**
 * GET /admin/units/:id/prices: the unit's negotiated prices (协议价): its
 * price list (status, period) and each variant with a negotiated price, its
 * retail price and unit tiers beside the unit's own tiers.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminUnitNegotiatedPricesResponse>
) {
  res.json(await loadNegotiatedPrices(req.scope, req.params.id))
}

/**
 * POST /admin/units/:id/prices `{ valid_from, valid_until }`: the period of
 * the negotiated prices, whole China-time days (null: open).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminSetNegotiatedPeriodType>,
  res: MedusaResponse<AdminUnitNegotiatedPricesResponse>
) {
  await setNegotiatedPeriodWorkflow(req.scope).run({
    input: { unit_id: req.params.id, ...req.validatedBody },
  })
  res.json(await loadNegotiatedPrices(req.scope, req.params.id))
}
