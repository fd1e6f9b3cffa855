import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORDER_ACCESS_MODULE, type OrderAccessModuleService } from "../../../modules/order-access"
import type { StoreCartCompleteOrderToken } from "../../../types/http/order-access"

/**
 * POST /store/carts/:id/complete: when the answer is an order (just placed, or
 * placed earlier, e.g. by a payment webhook), it also carries
 * `order_token: { token, expires_at }`, the placing browser's key to the
 * order. Holding the cart id is what proves it is that browser.
 */
export function attachOrderToken(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const access = req.scope.resolve<OrderAccessModuleService>(ORDER_ACCESS_MODULE)
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    const answer = body as { type?: unknown; order?: { id?: unknown } } | null | undefined
    const orderId = answer?.type === "order" ? answer.order?.id : undefined
    if (res.statusCode < 300 && typeof orderId === "string") {
      const withToken: StoreCartCompleteOrderToken = {
        order_token: access.issueOrderToken(orderId),
      }
      return json({ ...answer, ...withToken })
    }
    return json(body)
  }) as typeof res.json
  next()
}
