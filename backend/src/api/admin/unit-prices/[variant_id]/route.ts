import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminUnitPriceVariantResponse } from "../../../../types/http/unit-prices"
import { setUnitPricesWorkflow } from "../../../../workflows/unit-prices"
import { loadUnitPriceVariant } from "../helpers"
import type { AdminSetUnitPricesType } from "../validators"

/** GET /admin/unit-prices/:variant_id: the variant's retail price and unit tiers. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminUnitPriceVariantResponse>
) {
  res.json({ variant: await loadUnitPriceVariant(req.scope, req.params.variant_id) })
}

/**
 * POST /admin/unit-prices/:variant_id `{ tiers, confirm_above_retail? }`:
 * replaces the variant's unit tiers (`tiers: []` removes them).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminSetUnitPricesType>,
  res: MedusaResponse<AdminUnitPriceVariantResponse>
) {
  const { tiers, confirm_above_retail } = req.validatedBody
  await setUnitPricesWorkflow(req.scope).run({
    input: { variant_id: req.params.variant_id, tiers, confirm_above_retail },
  })
  res.json({ variant: await loadUnitPriceVariant(req.scope, req.params.variant_id) })
}
