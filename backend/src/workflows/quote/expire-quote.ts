import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { lockUnitQuotes } from "./config"
import { planQuoteExpiryStep } from "./steps/plan-expiry"
import { setQuoteCartStep } from "./steps/quote-cart"
import { updateQuoteStep } from "./steps/update-quote"
import { withdrawQuoteApprovalStep } from "./steps/withdraw-approval"

export type ExpireQuoteInput = { unit_id: string; id: string; now: string }

export const QUOTE_EXPIRED_REASON = "报价已过期"

/**
 * A sent quote past its validity (the hourly job), under the unit's quote
 * lock: stored 已过期, a pending approval of its acceptance withdrawn, its
 * cart closed. The support team may still renew it (a new validity reopens
 * the cart) and send it again. Idempotent.
 */
export const expireQuoteWorkflow = createWorkflow("expire-quote", (input: ExpireQuoteInput) => {
  const release = lockUnitQuotes(input)
  const plan = planQuoteExpiryStep(input)
  when("quote-expires", { plan }, ({ plan }) => plan.expire).then(() => {
    withdrawQuoteApprovalStep(
      transform({ input }, ({ input }) => ({
        quote_id: input.id,
        withdraw: true,
        reason: QUOTE_EXPIRED_REASON,
        by: "system",
      }))
    )
    updateQuoteStep(
      transform({ input }, ({ input }) => ({ id: input.id, status: "expired" as const }))
    )
    setQuoteCartStep(
      transform({ input }, ({ input }) => ({ quote_id: input.id, open: false, apply: true }))
    )
  })
  release()
  return new WorkflowResponse(transform({ plan }, ({ plan }) => ({ expired: plan.expire })))
})
