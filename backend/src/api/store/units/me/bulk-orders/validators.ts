import { z } from "@medusajs/framework/zod"
import { line } from "../../../../../shared/text"
import { BULK_ORDER_STATUSES } from "../../../../../types/http/bulk-order"
import { pageParams } from "../../../../utils/validators"

/** GET /store/units/me/bulk-orders: the unit's bulk orders, newest first, paged (at most 100). */
export const StoreListBulkOrdersParams = z.object({
  status: z.enum(BULK_ORDER_STATUSES).optional(),
  ...pageParams(100, 20),
})
export type StoreListBulkOrdersParamsType = z.infer<typeof StoreListBulkOrdersParams>

/**
 * The parts of the create body the bulk order keeps (the rows themselves are
 * checked by the validator, workflows/bulk-order/validate): a PO number and
 * a note, plain text.
 */
export const BulkOrderHeader = z.object({
  po_number: line("po_number", 60).nullish(),
  note: line("note", 500).nullish(),
})
