import { z as mz } from "@medusajs/framework/zod"
import { z } from "zod"
import { BULK_MAX_ROWS } from "../../../../../shared/bulk-rows"
import {
  quoteMessageSchema,
  storeCreateQuoteSchema,
  storeDeclineQuoteSchema,
} from "../../../../../shared/quote"
import { QUOTE_STATUSES } from "../../../../../types/http/quote"
import { pageParams } from "../../../../utils/validators"
import { BulkOrderFields, BulkRow } from "../bulk-orders/validators"

/** POST /store/units/me/quotes: `{ cart_id, message? }`; any other field (a price) is refused. */
export const StoreCreateQuote = storeCreateQuoteSchema
export type StoreCreateQuoteType = mz.infer<typeof StoreCreateQuote>

/**
 * POST /store/units/me/quotes from a bulk-order file: `{ source: "bulk_order",
 * rows, delivery?, po_number?, note?, message? }`, the rows as the bulk-order
 * routes take them; any other field, in the body or a row (a price), is refused.
 */
export const StoreCreateBulkQuote = BulkOrderFields.extend({
  source: z.literal("bulk_order"),
  rows: z
    .array(BulkRow.strict(), { error: "rows 须是订单行的数组" })
    .min(1, "请上传至少一行订单")
    .max(BULK_MAX_ROWS, `一次最多 ${BULK_MAX_ROWS} 行`),
  message: quoteMessageSchema,
}).strict()
export type StoreCreateBulkQuoteType = z.infer<typeof StoreCreateBulkQuote>

/** POST /store/units/me/quotes/:id/decline: `{ reason? }`. */
export const StoreDeclineQuote = storeDeclineQuoteSchema
export type StoreDeclineQuoteType = mz.infer<typeof StoreDeclineQuote>

/** POST /store/units/me/quotes/:id/accept: no field at all (prices come from the quote). */
export const StoreAcceptQuote = mz.object({}).strict()

export const StoreListQuotesParams = mz
  .object({ status: mz.enum(QUOTE_STATUSES).optional(), ...pageParams(100, 20) })
  .strict()
export type StoreListQuotesParamsType = mz.infer<typeof StoreListQuotesParams>
