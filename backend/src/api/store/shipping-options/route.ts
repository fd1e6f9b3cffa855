import type { HttpTypes } from "@medusajs/framework/types"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  listShippingOptionsForCartWithPricingWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"

type ListedOption = {
  id: string
  price_type?: string
  amount?: unknown
  is_tax_inclusive?: boolean
  calculated_price?: unknown
}

type PricedOption = {
  id: string
  amount?: unknown
  is_tax_inclusive?: boolean
  calculated_price?: unknown
}

/**
 * GET /store/shipping-options?cart_id= — Medusa's route (same workflow, same
 * query and response), with the weight-priced options' amounts filled in:
 * Medusa lists a calculated option without a price, so the cart's prices of
 * all of them are computed alongside by Medusa's
 * listShippingOptionsForCartWithPricingWorkflow (one read of the cart and its
 * parcel, the freight provider asked once per option), the same prices as
 * POST /store/shipping-options/:id/calculate. Express over its weight limit
 * is not listed at all (its rule, backend/src/workflows/hooks/parcel-weight.ts).
 */
export const GET = async (
  req: MedusaRequest<unknown, HttpTypes.StoreGetShippingOptionList>,
  res: MedusaResponse<HttpTypes.StoreShippingOptionListResponse>
) => {
  const { cart_id, is_return } = req.filterableFields as { cart_id: string; is_return?: boolean }
  // both at once: the listing in the route's fields, and the prices of every option
  const [{ result }, { result: priced }] = await Promise.all([
    listShippingOptionsForCartWorkflow(req.scope).run({
      input: { cart_id, is_return: !!is_return, fields: req.queryConfig.fields },
    }),
    listShippingOptionsForCartWithPricingWorkflow(req.scope).run({
      input: { cart_id, is_return: !!is_return },
    }),
  ])
  const options = result as unknown as ListedOption[]
  const byId = new Map((priced as unknown as PricedOption[]).map((p) => [p.id, p]))
  for (const option of options) {
    if (option.price_type !== "calculated") continue
    const price = byId.get(option.id)
    option.calculated_price = price?.calculated_price
    option.amount = price?.amount
    option.is_tax_inclusive = !!price?.is_tax_inclusive
  }
  res.json({
    shipping_options:
      options as unknown as HttpTypes.StoreShippingOptionListResponse["shipping_options"],
  })
}
