import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { DISPLAY_LOCK } from "../request-quote"
import { createBulkQuoteStep, type CreateBulkQuoteInput } from "./create-bulk-quote"

export type RequestBulkQuoteInput = CreateBulkQuoteInput

/**
 * A 采购员 or 管理员 asks for a price on a bulk-order file: the route has
 * checked every row as the bulk-order preview does (recipients, mobiles,
 * addresses, stock, the unit's 协议价) and passes the rows as the server
 * priced them; the quote keeps them, so acceptance creates the bulk order
 * from exactly these rows at the quoted prices.
 */
export const requestBulkQuoteWorkflow = createWorkflow(
  "request-bulk-quote",
  (input: RequestBulkQuoteInput) => {
    acquireLockStep(DISPLAY_LOCK)
    const quote = createBulkQuoteStep(input)
    releaseLockStep({ key: DISPLAY_LOCK.key })
    return new WorkflowResponse(quote)
  }
)
