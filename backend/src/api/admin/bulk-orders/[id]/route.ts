import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminBulkOrderResponse } from "../../../../types/http/bulk-order"
import { retrieveBulkOrder, withUnits } from "../../../../workflows/bulk-order"

/** GET /admin/bulk-orders/:id: a bulk order with its unit and each recipient's order. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminBulkOrderResponse>
) {
  const { view, record } = await retrieveBulkOrder(req.scope, req.params.id)
  const [summary] = await withUnits(req.scope, [record])
  res.json({ bulk_order: { ...view, unit: summary.unit, cancel_reason: summary.cancel_reason } })
}
