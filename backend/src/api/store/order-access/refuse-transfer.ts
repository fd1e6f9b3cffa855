import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's order transfer (request, accept, decline, cancel) is switched off:
 * a request locks the order against the support team's edits, and an order id
 * is not proof of owning it. Every order stays with the buyer who placed it.
 */
export function refuseOrderTransfer(
  _req: MedusaRequest,
  _res: MedusaResponse,
  _next: MedusaNextFunction
) {
  throw new MedusaError(
    MedusaError.Types.FORBIDDEN,
    "Order transfers are not offered by this shop: an order stays with the buyer who placed it."
  )
}
