import { z as mz } from "@medusajs/framework/zod"
import { z } from "zod"
import { BULK_ORDER_STATUSES, BULK_ROW_COLUMNS } from "../../../../../types/http/bulk-order"
import { pageParams } from "../../../../utils/validators"
import { BULK_LIMITS } from "../../../../../shared/bulk-rows"

/** A cell as JSON gives it: text, a number, or empty. Its rules are the row's (shared/bulk-rows.ts). */
const cell = z
  .union([z.string().max(500, "单元格超过 500 个字符"), z.number(), z.null()])
  .optional()

/** One row's cells (unknown keys dropped; `.strict()` where a price must be refused). */
export const BulkRow = z.object(Object.fromEntries(BULK_ROW_COLUMNS.map((k) => [k, cell])))
const row = BulkRow.strip()

const deliveryText = z.string({ error: "统一收货地址的每一项都须是文字" }).max(200)

/** The order's fields besides the rows (a multipart form sends them as text; `delivery` as JSON). */
export const BulkOrderFields = z.object({
  delivery: z
    .object({
      recipient: deliveryText,
      mobile: deliveryText,
      province: deliveryText,
      city: deliveryText,
      district: deliveryText,
      address: deliveryText,
    })
    .nullish(),
  po_number: z
    .string()
    .trim()
    .max(BULK_LIMITS.po_number, `采购单号最多 ${BULK_LIMITS.po_number} 个字符`)
    .nullish(),
  note: z.string().max(BULK_LIMITS.note, `备注最多 ${BULK_LIMITS.note} 个字符`).nullish(),
})

/** JSON body of preview, error file and create: `{ rows, delivery?, po_number?, note? }`. */
export const StoreBulkOrderJson = BulkOrderFields.extend({
  rows: z.array(row, { error: "rows 须是订单行的数组" }),
})
export type StoreBulkOrderJsonType = z.infer<typeof StoreBulkOrderJson>

/** GET /store/units/me/bulk-orders: the unit's bulk orders, newest first, paged (at most 100). */
export const StoreListBulkOrdersParams = mz.object({
  status: mz.enum(BULK_ORDER_STATUSES).optional(),
  ...pageParams(100, 20),
})
export type StoreListBulkOrdersParamsType = mz.infer<typeof StoreListBulkOrdersParams>
