import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type Holder = { id: string; customer_id: string | null; customer: { has_account: boolean } | null }

/**
 * The cart `cartId` with `fields`, for its holder only: a registered
 * customer's cart answers that customer alone; anyone else (and a cart that
 * does not exist) gets the same 404.
 */
export async function heldCart<T extends object>(
  req: AuthenticatedMedusaRequest<unknown, unknown>,
  cartId: string,
  fields: string[],
  notFoundMessage = "找不到该购物车的微信支付"
): Promise<T & Holder> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "customer.has_account", ...fields],
    filters: { id: cartId },
  })
  const cart = data[0] as unknown as (T & Holder) | undefined
  if (!cart || (cart.customer?.has_account && cart.customer_id !== req.auth_context?.actor_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, notFoundMessage)
  }
  return cart
}
