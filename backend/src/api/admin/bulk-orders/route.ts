import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminBulkOrderListResponse } from "../../../types/http/bulk-order"
import { listBulkOrders, withUnits } from "../../../workflows/bulk-order"
import type { AdminListBulkOrdersParamsType } from "./validators"

/** GET /admin/bulk-orders: every unit's bulk orders, newest first. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListBulkOrdersParamsType>,
  res: MedusaResponse<AdminBulkOrderListResponse>
) {
  const { limit, offset, ...filters } = req.validatedQuery
  const { rows, count } = await listBulkOrders(req.scope, filters, { limit, offset })
  res.json({ bulk_orders: await withUnits(req.scope, rows), count, limit, offset })
}
