import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_ACCESS_MODULE, type OrderAccessModuleService } from "../../../modules/order-access"
import { CONTROL_CHARACTER } from "../../../shared/text"
import { ORDER_TOKEN_HEADER } from "../../../types/http/order-access"

type Request = MedusaRequest & { auth_context?: { actor_id?: string; actor_type?: string } }

/**
 * Whether this request may read or act on an order: its logged-in customer
 * (Medusa authenticates customers on every /store route when a token is
 * given), the browser that placed it (an order token for this order), or a
 * guest who proved the order's contact (a lookup token for that contact).
 */
export async function canAccessOrder(req: Request, orderId: string): Promise<boolean> {
  const access = req.scope.resolve<OrderAccessModuleService>(ORDER_ACCESS_MODULE)
  const claim = access.readToken(req.get(ORDER_TOKEN_HEADER))
  if (claim?.kind === "order" && claim.order_id === orderId) return true

  const customerId =
    req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  if (customerId) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id"],
      filters: { id: orderId, customer_id: customerId },
    })
    if ((data as { customer_id: string | null }[])[0]?.customer_id === customerId) return true
  }

  if (claim?.kind === "order-lookup") return access.orderBelongsToContact(orderId, claim.contact)
  return false
}

/** Where a route names the order it reads or acts on; undefined when it names none (the route then validates). */
export type OrderIdSource = (req: MedusaRequest) => unknown | Promise<unknown>

/**
 * The one guard of every store route that reads or acts on an order by id:
 * anyone who may not access the order gets 404, as for an order that does not
 * exist, so an id alone confirms nothing.
 */
export function requireOrderAccess(source: OrderIdSource) {
  return async function orderAccessGuard(
    req: MedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    const orderId = await source(req)
    if (orderId === undefined) return next()
    if (typeof orderId !== "string" || !orderId.trim()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Name one order: the order id must be a single, non-empty string"
      )
    }
    // an id with control characters or of absurd length names no order (and never reaches the database)
    if (
      orderId.length > 100 ||
      CONTROL_CHARACTER.test(orderId) ||
      !(await canAccessOrder(req as Request, orderId))
    ) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
    }
    next()
  }
}

/** The order id in a /store/orders/:id… path. */
export const orderIdInPath: OrderIdSource = (req) => {
  const match = /^\/store\/orders\/([^/]+)/i.exec(req.path)
  if (!match) return undefined
  try {
    return decodeURIComponent(match[1])
  } catch {
    return null
  }
}

/** order_id of a JSON body (e.g. a return). */
export const orderIdInBody: OrderIdSource = (req) =>
  (req.body as { order_id?: unknown } | undefined)?.order_id

/** The order a payment collection belongs to, if it belongs to one (a cart's collection before its order: none). */
export const orderOfPaymentCollection: OrderIdSource = async (req) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: req.params.id },
  })
  return (data as { order_id: string }[])[0]?.order_id ?? undefined
}
