import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminUnitNegotiatedPricesResponse } from "../../../../../../types/http/unit-prices"
import { setNegotiatedPricesWorkflow } from "../../../../../../workflows/unit-prices"
import { loadNegotiatedPrices } from "../helpers"
import type { AdminSetNegotiatedPricesType } from "../validators"

/**
 * POST /admin/units/:id/prices/:variant_id `{ tiers, confirm_above_retail? }`:
 * replaces the variant's negotiated tiers for the unit (`tiers: []` removes them).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminSetNegotiatedPricesType>,
  res: MedusaResponse<AdminUnitNegotiatedPricesResponse>
) {
  const { tiers, confirm_above_retail } = req.validatedBody
  await setNegotiatedPricesWorkflow(req.scope).run({
    input: {
      unit_id: req.params.id,
      variant_id: req.params.variant_id,
      tiers,
      confirm_above_retail,
    },
  })
  res.json(await loadNegotiatedPrices(req.scope, req.params.id))
}

/** DELETE /admin/units/:id/prices/:variant_id: removes the variant's negotiated tiers for the unit. */
export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminUnitNegotiatedPricesResponse>
) {
  await setNegotiatedPricesWorkflow(req.scope).run({
    input: { unit_id: req.params.id, variant_id: req.params.variant_id, tiers: [] },
  })
  res.json(await loadNegotiatedPrices(req.scope, req.params.id))
}
