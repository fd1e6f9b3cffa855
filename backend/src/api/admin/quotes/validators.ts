import { z } from "@medusajs/framework/zod"
import { adminUpdateQuoteSchema } from "../../../shared/quote"
import { QUOTE_STATUSES } from "../../../types/http/quote"
import { pageParams } from "../../utils/validators"

/** GET /admin/quotes: by status and unit, `q` a display reference (or part of one). */
export const AdminQuoteParams = z
  .object({
    status: z.enum(QUOTE_STATUSES).optional(),
    unit_id: z.string().trim().min(1).max(100).optional(),
    q: z.string().trim().max(40).optional(),
    ...pageParams(100, 20),
  })
  .strict()
export type AdminQuoteParamsType = z.infer<typeof AdminQuoteParams>

/** POST /admin/quotes/:id: line prices, shipping and terms (shared/quote.ts). */
export const AdminUpdateQuote = adminUpdateQuoteSchema
export type AdminUpdateQuoteType = z.infer<typeof AdminUpdateQuote>

/** POST /admin/quotes/:id/send and /cancel: no fields. */
export const AdminQuoteAction = z.object({}).strict()
