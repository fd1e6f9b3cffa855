import type { HttpTypes } from "@medusajs/framework/types"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import { keepListedCarts } from "../../../workflows/freight/listed-carts"
import { type ListedCalculatedOption, priceCalculatedOptions } from "./price-options"

type ListedOption = ListedCalculatedOption & { price_type?: string }

/**
 * GET /store/shipping-options?cart_id= — Medusa's route (same workflow, same
 * query and response), with the weight-priced options' amounts filled in:
 * Medusa lists a calculated option without a price, so the cart's price of
 * each is filled in here (price-options.ts), the same prices as
 * POST /store/shipping-options/:id/calculate and the cart's shipping method.
 * Express over its weight limit is not listed at all (its rule,
 * backend/src/workflows/hooks/parcel-weight.ts); that hook's read of the
 * cart's lines is kept for the request (listed-carts.ts), so the prices need
 * no read of their own.
 */
export const GET = async (
  req: MedusaRequest<unknown, HttpTypes.StoreGetShippingOptionList>,
  res: MedusaResponse<HttpTypes.StoreShippingOptionListResponse>
) => {
  const { cart_id, is_return } = req.filterableFields as { cart_id: string; is_return?: boolean }
  const listed = keepListedCarts(req.scope)
  const { result } = await listShippingOptionsForCartWorkflow(req.scope).run({
    input: { cart_id, is_return: !!is_return, fields: req.queryConfig.fields },
  })
  const options = result as unknown as ListedOption[]
  await priceCalculatedOptions(
    req.scope,
    cart_id,
    !!is_return,
    options.filter((o) => o.price_type === "calculated"),
    listed.get(cart_id)
  )
  res.json({
    shipping_options:
      options as unknown as HttpTypes.StoreShippingOptionListResponse["shipping_options"],
  })
}
