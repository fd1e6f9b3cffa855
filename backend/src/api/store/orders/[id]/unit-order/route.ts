import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  unitOrderNoteOf,
  type StoreOrderUnitNoteResponse,
} from "../../../../../types/http/unit-order"

/**
 * GET /store/orders/:id/unit-order: the order's 采购单号 and 备注 (Medusa's
 * store order route does not return an order's metadata). Behind the order
 * privacy guard of every /store/orders/:id/* route (order-access/middlewares.ts):
 * the order's buyer, the browser that placed it, or a guest who looked it up.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreOrderUnitNoteResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "metadata"],
    filters: { id: req.params.id },
  })
  const order = data[0] as { id: string; metadata?: Record<string, unknown> | null } | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, "订单不存在")
  res.json({ order_id: order.id, unit_order: unitOrderNoteOf(order.metadata) })
}
