import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EXPRESS_MAX_GRAMS } from "../../../shared/freight"
import { expressTooHeavyMessage, WEIGHED_OPTIONS } from "../../../shared/shipping-options"
import type { ErrorResponse } from "../../../types/http/common"
import { cartParcelGrams } from "../../../workflows/freight/cart-parcel"

/**
 * POST /store/carts/:id/shipping-methods with an express option for a parcel
 * over the express limit: Medusa would refuse it (the option's weight rule)
 * with "Shipping Options are invalid for cart."; the buyer reads why, in
 * Chinese, and what to choose instead.
 */
export async function refuseHeavyExpress(
  req: MedusaRequest,
  res: MedusaResponse<ErrorResponse>,
  next: MedusaNextFunction
) {
  try {
    const optionId = (req.body as { option_id?: unknown } | undefined)?.option_id
    if (typeof optionId !== "string") return next()
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "shipping_option",
      fields: ["id", "data"],
      filters: { id: optionId },
    })
    const code = (data[0]?.data as { code?: unknown } | null | undefined)?.code
    const option = typeof code === "string" ? WEIGHED_OPTIONS[code] : undefined
    if (option?.service !== "express") return next()
    const parcel = await cartParcelGrams(req.scope, req.params.id)
    const grams = parcel?.[option.freight_class] ?? 0
    if (grams <= EXPRESS_MAX_GRAMS) return next()
    res.status(400).json({ type: "invalid_data", message: expressTooHeavyMessage(grams) })
  } catch (error) {
    next(error)
  }
}
