import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { UnitMemberRole } from "../../types/http/unit"
import { createApprovalStep } from "../unit-approval/steps/create-approval"
import { lockUnitQuotes } from "./config"
import { placeQuoteWorkflow } from "./place-quote"
import { noteApprovalOrderStep, recordGivenApprovalStep } from "./steps/given-approval"
import { planQuoteAcceptanceStep } from "./steps/plan-acceptance"
import { updateQuoteStep } from "./steps/update-quote"

export type AcceptQuoteInput = {
  unit_id: string
  id: string
  customer_id: string
  role: UnitMemberRole
}

/**
 * A unit member accepts a quote, under the unit's quote lock (the unit's
 * spending lock: acceptances, approvals and the unit's other purchases run
 * one at a time), once. Within the unit's approval policy, or accepted by a
 * 审批人 or 管理员, the order is placed at the quoted prices
 * (placeQuoteWorkflow: a cart's order, or a bulk-order file's bulk order);
 * otherwise an approval request of kind `quote`
 * is made, whose approval places it. The quote's prices come from the quote
 * alone, never from a body.
 */
export const acceptQuoteWorkflow = createWorkflow("accept-quote", (input: AcceptQuoteInput) => {
  const release = lockUnitQuotes(input)
  const plan = planQuoteAcceptanceStep(
    transform({ input }, ({ input }) => ({
      unit_id: input.unit_id,
      id: input.id,
      role: input.role,
    }))
  )
  when("quote-needs-approval", { plan }, ({ plan }) => plan.outcome === "approval").then(() => {
    const approval = createApprovalStep(
      transform({ input, plan }, ({ input, plan }) => ({
        unit_id: input.unit_id,
        kind: "quote" as const,
        amount: plan.amount,
        reasons: plan.reasons,
        summary: plan.summary,
        cart_id: plan.cart_id,
        input: { quote_id: plan.quote_id },
        note: null,
        requested_by: input.customer_id,
      }))
    )
    updateQuoteStep(
      transform({ input, approval }, ({ input, approval }) => ({
        id: input.id,
        approval_id: approval.id,
      }))
    ).config({ name: "quote-approval-requested" })
  })
  when("quote-order-now", { plan }, ({ plan }) => plan.outcome === "order").then(() => {
    const given = recordGivenApprovalStep(
      transform({ input, plan }, ({ input, plan }) => ({
        unit_id: input.unit_id,
        customer_id: input.customer_id,
        plan,
      }))
    )
    const placed = placeQuoteWorkflow.runAsStep({
      input: transform({ input, given }, ({ input, given }) => ({
        quote_id: input.id,
        unit_id: input.unit_id,
        decided_by: input.customer_id,
        approval_id: given.id,
      })),
    })
    noteApprovalOrderStep(
      transform({ given, placed }, ({ given, placed }) => ({
        approval_id: given.id,
        order_ids: placed.order_ids,
        bulk_order_id: placed.bulk_order_id,
      }))
    )
  })
  release()
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id })))
})
