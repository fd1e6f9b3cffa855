import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { CHECKOUT_INVOICE_METADATA_KEY } from "../../../../../shared/invoice"
import type { StoreCartInvoiceRequestResponse } from "../../../../../types/http/invoice"
import { queryRow } from "../../../../../utils/query"
import type { StoreCartInvoiceRequestType } from "./validators"

type CartRow = {
  id: string
  customer_id: string | null
  completed_at: string | null
  metadata: Record<string, unknown> | null
}

/**
 * POST /store/carts/:id/invoice-request: 开具发票 at checkout. The checked
 * details go into the cart's metadata (the order keeps them); the request
 * itself is made by the server once the order is paid in full
 * (workflows/invoice/create-checkout-invoice-request.ts), for what was paid.
 * `null` removes it. Another customer's cart answers 404; a placed one 400.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreCartInvoiceRequestType>,
  res: MedusaResponse<StoreCartInvoiceRequestResponse>
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const cart = await queryRow<CartRow>(query, {
    entity: "cart",
    fields: ["id", "customer_id", "completed_at", "metadata"],
    filters: { id: req.params.id },
  })
  const actor = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  if (!cart || (cart.customer_id && cart.customer_id !== actor)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "购物车不存在")
  }
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "订单已提交，请在订单页申请发票")
  }
  const invoice = req.validatedBody.invoice_request
  const metadata = { ...(cart.metadata ?? {}), [CHECKOUT_INVOICE_METADATA_KEY]: invoice }
  await updateCartWorkflow(req.scope).run({ input: { id: cart.id, metadata } })
  res.json({ cart_id: cart.id, invoice_request: invoice })
}
