import { z } from "@medusajs/framework/zod"
import { BULK_ORDER_STATUSES } from "../../../types/http/bulk-order"
import { listParams } from "../../utils/validators"

/** GET /admin/bulk-orders: by status, unit, `q` (reference or PO number); paged. */
export const AdminListBulkOrdersParams = z.object({
  ...listParams,
  status: z.enum(BULK_ORDER_STATUSES).optional(),
  unit_id: z.string().trim().min(1).max(64).optional(),
})
export type AdminListBulkOrdersParamsType = z.infer<typeof AdminListBulkOrdersParams>
