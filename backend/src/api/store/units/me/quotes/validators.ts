import { z as mz } from "@medusajs/framework/zod"
import { storeCreateQuoteSchema, storeDeclineQuoteSchema } from "../../../../../shared/quote"
import { QUOTE_STATUSES } from "../../../../../types/http/quote"
import { pageParams } from "../../../../utils/validators"

/** POST /store/units/me/quotes: `{ cart_id, message? }`; any other field (a price) is refused. */
export const StoreCreateQuote = storeCreateQuoteSchema
export type StoreCreateQuoteType = mz.infer<typeof StoreCreateQuote>

/** POST /store/units/me/quotes/:id/decline: `{ reason? }`. */
export const StoreDeclineQuote = storeDeclineQuoteSchema
export type StoreDeclineQuoteType = mz.infer<typeof StoreDeclineQuote>

/** POST /store/units/me/quotes/:id/accept: no field at all (prices come from the quote). */
export const StoreAcceptQuote = mz.object({}).strict()

export const StoreListQuotesParams = mz
  .object({ status: mz.enum(QUOTE_STATUSES).optional(), ...pageParams(100, 20) })
  .strict()
export type StoreListQuotesParamsType = mz.infer<typeof StoreListQuotesParams>
