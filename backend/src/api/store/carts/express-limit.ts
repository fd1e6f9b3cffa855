import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { EXPRESS_MAX_GRAMS } from "../../../shared/freight"
import { expressTooHeavyMessage, WEIGHED_OPTIONS } from "../../../shared/shipping-options"
import { cartParcelGrams } from "../../../workflows/freight/cart-parcel"

/** The route that adds a shipping method to a cart: its cart id. */
const SHIPPING_METHOD_ROUTE = /^\/store\/carts\/([^/?]+)\/shipping-methods\/?(?:\?|$)/

/** Medusa's refusal of an option its rules do not offer the cart (validate-cart-shipping-options). */
const OPTIONS_INVALID = "Shipping Options are invalid for cart."

/**
 * POST /store/carts/:id/shipping-methods with an express option for a parcel
 * over the express limit: Medusa refuses it (the option's weight rule,
 * workflows/hooks/parcel-weight.ts) with "Shipping Options are invalid for
 * cart."; the buyer reads why, in Chinese, and what to choose instead. Called
 * by the shop's error handler for that refusal only, so an accepted method
 * costs no read of its own.
 */
export async function explainHeavyExpress(
  error: unknown,
  req: MedusaRequest
): Promise<MedusaError | null> {
  // the workflow's error as it reaches the handler (not always a MedusaError instance)
  const refusal = error as { type?: unknown; message?: unknown } | null
  if (
    refusal?.type !== MedusaError.Types.INVALID_DATA ||
    refusal.message !== OPTIONS_INVALID ||
    req.method !== "POST"
  )
    return null
  const cartId = SHIPPING_METHOD_ROUTE.exec(req.originalUrl ?? req.url)?.[1]
  const optionId = (req.body as { option_id?: unknown } | undefined)?.option_id
  if (!cartId || typeof optionId !== "string") return null
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "data"],
    filters: { id: optionId },
  })
  const code = (data[0]?.data as { code?: unknown } | null | undefined)?.code
  const option = typeof code === "string" ? WEIGHED_OPTIONS[code] : undefined
  if (option?.service !== "express") return null
  const parcel = await cartParcelGrams(req.scope, decodeURIComponent(cartId))
  const grams = parcel?.[option.freight_class] ?? 0
  if (grams <= EXPRESS_MAX_GRAMS) return null
  return new MedusaError(MedusaError.Types.INVALID_DATA, expressTooHeavyMessage(grams))
}
