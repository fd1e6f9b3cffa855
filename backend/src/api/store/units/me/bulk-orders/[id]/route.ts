import type { MedusaResponse } from "@medusajs/framework/http"
import type { StoreBulkOrderDetailResponse } from "../../../../../../types/http/bulk-order"
import { retrieveBulkOrder } from "../../../../../../workflows/bulk-order"
import { membershipOf, type UnitRequest } from "../../../unit-scope"
import { configuredPayee } from "../../../../../../workflows/bulk-order/payment-notice"

/**
 * GET /store/units/me/bulk-orders/:id: one of the unit's bulk orders with each
 * recipient's order and shipping progress, and the payee to transfer to (any
 * member); another unit's: 404.
 */
export async function GET(req: UnitRequest, res: MedusaResponse<StoreBulkOrderDetailResponse>) {
  const membership = membershipOf(req)
  const { view } = await retrieveBulkOrder(req.scope, req.params.id, {
    unit_id: membership.unit_id,
  })
  res.json({ bulk_order: view, payee: configuredPayee(req.scope) })
}
