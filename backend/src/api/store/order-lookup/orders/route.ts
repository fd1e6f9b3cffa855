import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getOrdersListWorkflow } from "@medusajs/medusa/core-flows"
import {
  ORDER_ACCESS_MODULE,
  type OrderAccessModuleService,
} from "../../../../modules/order-access"
import {
  ORDER_TOKEN_HEADER,
  type StoreLookupOrder,
  type StoreOrderLookupOrdersResponse,
} from "../../../../types/http/order-access"
import type { StoreListOrderLookupOrdersType } from "../validators"

const FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "payment_status",
  "fulfillment_status",
  "total",
  "currency_code",
  "items.id",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.thumbnail",
]

/**
 * GET /store/order-lookup/orders (header `x-order-token`: a lookup token):
 * the orders placed with the token's contact, newest first. Each opens with
 * GET /store/orders/:id and the same header.
 */
export async function GET(
  req: MedusaRequest<unknown, StoreListOrderLookupOrdersType>,
  res: MedusaResponse<StoreOrderLookupOrdersResponse>
) {
  const access = req.scope.resolve<OrderAccessModuleService>(ORDER_ACCESS_MODULE)
  const claim = access.readToken(req.get(ORDER_TOKEN_HEADER))
  if (claim?.kind !== "order-lookup") {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      `Send the lookup token from POST /store/order-lookup/sessions in the ${ORDER_TOKEN_HEADER} header (it expires after a while: enter a new code then)`
    )
  }
  const { limit, offset } = req.validatedQuery
  const { ids, count } = await access.listOrderIdsForContact(claim.contact, { limit, offset })
  let orders: StoreLookupOrder[] = []
  if (ids.length) {
    const { result } = await getOrdersListWorkflow(req.scope).run({
      input: {
        fields: FIELDS,
        variables: { filters: { id: ids, is_draft_order: false }, skip: 0, take: ids.length },
      },
    })
    const rows = ((result as { rows?: unknown }).rows ?? result) as StoreLookupOrder[]
    const byId = new Map(rows.map((order) => [order.id, order]))
    orders = ids.map((id) => byId.get(id)).filter((order): order is StoreLookupOrder => !!order)
  }
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ contact: claim.contact, orders, count, limit, offset })
}
