import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { lockUnitQuotes } from "./config"
import { planDeclineStep } from "./steps/plan-decline"
import { setQuoteCartStep } from "./steps/quote-cart"
import { updateQuoteStep } from "./steps/update-quote"

export type DeclineQuoteInput = {
  unit_id: string
  id: string
  customer_id: string
  reason: string | null
}

/**
 * The unit declines a quote (待报价 or 已报价, not yet accepted), with an
 * optional reason; the quote's cart is closed.
 */
export const declineQuoteWorkflow = createWorkflow("decline-quote", (input: DeclineQuoteInput) => {
  const release = lockUnitQuotes(input)
  const data = planDeclineStep(input)
  updateQuoteStep(data)
  setQuoteCartStep(
    transform({ input }, ({ input }) => ({ quote_id: input.id, open: false, apply: true }))
  )
  release()
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id })))
})
