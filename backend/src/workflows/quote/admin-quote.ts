import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { lockUnitQuotes } from "./config"
import { planAdminQuoteChangeStep, type AdminQuoteChange } from "./steps/plan-admin-change"
import { updateQuoteStep } from "./steps/update-quote"

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
    updateQuoteStep(data)
    release()
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.change.id })))
  }
)
