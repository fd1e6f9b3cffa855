import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { lockUnitQuotes } from "./config"
import { QuoteEvents } from "./events"
import { planAdminQuoteChangeStep, type AdminQuoteChange } from "./steps/plan-admin-change"
import { setQuoteCartStep } from "./steps/quote-cart"
import { updateQuoteStep } from "./steps/update-quote"
import {
  QUOTE_CANCELLED_REASON,
  QUOTE_CHANGED_REASON,
  withdrawQuoteApprovalStep,
} from "./steps/withdraw-approval"

export type AdminQuoteChangeInput = { unit_id: string; change: AdminQuoteChange }

/**
 * The support team prices a quote, sends it (待报价 → 已报价) or cancels it,
 * under the unit's quote lock, so a change never crosses an acceptance.
 */
export const changeQuoteWorkflow = createWorkflow(
  "change-quote",
  (input: AdminQuoteChangeInput) => {
    const release = lockUnitQuotes(input)
    const data = planAdminQuoteChangeStep(transform({ input }, ({ input }) => input.change))
    // a change or a cancel withdraws the unit's pending approval of the old quote;
    // a cancel closes the quote's cart, a change to an expired quote opens it again
    const effects = transform({ input }, ({ input }) => {
      const { change } = input
      const changed = change.action === "update" && Object.keys(change.body).length > 0
      return {
        changed,
        cancelled: change.action === "cancel",
        reason: change.action === "cancel" ? QUOTE_CANCELLED_REASON : QUOTE_CHANGED_REASON,
      }
    })
    withdrawQuoteApprovalStep(
      transform({ input, effects }, ({ input, effects }) => ({
        quote_id: input.change.id,
        withdraw: effects.changed || effects.cancelled,
        reason: effects.reason,
        by: input.change.by,
      }))
    )
    setQuoteCartStep(
      transform({ input, effects }, ({ input, effects }) => ({
        quote_id: input.change.id,
        open: effects.changed,
        apply: effects.changed || effects.cancelled,
      }))
    )
    updateQuoteStep(data)
    when("quote-sent", { input }, ({ input }) => input.change.action === "send").then(() => {
      emitEventStep({
        eventName: QuoteEvents.SENT,
        data: transform({ input }, ({ input }) => ({ id: input.change.id })),
      })
    })
    release()
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.change.id })))
  }
)
