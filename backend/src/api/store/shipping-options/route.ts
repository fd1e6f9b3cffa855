import type { HttpTypes } from "@medusajs/framework/types"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  calculateShippingOptionsPricesWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"

type ListedOption = {
  id: string
  price_type?: string
  amount?: unknown
  is_tax_inclusive?: boolean
  calculated_price?: unknown
}

/**
 * GET /store/shipping-options?cart_id= — Medusa's route (same workflow, same
 * query and response), with the weight-priced options' amounts filled in:
 * Medusa lists a calculated option without a price, so the cart's price of
 * each is computed here by the same workflow as
 * POST /store/shipping-options/:id/calculate. Express over its weight limit
 * is not listed at all (its rule, backend/src/workflows/hooks/parcel-weight.ts).
 */
export const GET = async (
  req: MedusaRequest<unknown, HttpTypes.StoreGetShippingOptionList>,
  res: MedusaResponse<HttpTypes.StoreShippingOptionListResponse>
) => {
  const { cart_id, is_return } = req.filterableFields as { cart_id: string; is_return?: boolean }
  const { result } = await listShippingOptionsForCartWorkflow(req.scope).run({
    input: { cart_id, is_return: !!is_return, fields: req.queryConfig.fields },
  })
  const options = result as unknown as ListedOption[]
  const calculated = options.filter((o) => o.price_type === "calculated")
  // one run per option: the workflow answers in its own order, without ids
  await Promise.all(
    calculated.map(async (option) => {
      const { result: prices } = await calculateShippingOptionsPricesWorkflow(req.scope).run({
        input: { cart_id, shipping_options: [{ id: option.id, data: {} }] },
      })
      const price = prices[0]
      option.calculated_price = price
      option.amount = price?.calculated_amount
      option.is_tax_inclusive = !!price?.is_calculated_price_tax_inclusive
    })
  )
  res.json({
    shipping_options:
      options as unknown as HttpTypes.StoreShippingOptionListResponse["shipping_options"],
  })
}
