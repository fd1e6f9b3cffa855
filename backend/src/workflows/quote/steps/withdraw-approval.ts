import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE, type QuoteModuleService } from "../../../modules/quote"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"

/** Why a pending approval of a quote's acceptance is withdrawn. */
export const QUOTE_CHANGED_REASON = "报价已变更"
export const QUOTE_CANCELLED_REASON = "询价单已取消"

export type WithdrawQuoteApprovalInput = {
  quote_id: string
  /** false: nothing to do (an empty save, a send without change) */
  withdraw: boolean
  reason: string
  /** the support team's user id */
  by: string
}

/** The withdrawn request and what it was before (null: nothing withdrawn). */
type Withdrawn = {
  approval_id: string
  quote_id: string
  before: {
    status: "pending"
    decided_by: string | null
    decided_at: Date | null
    reason: string | null
  }
} | null

export const withdrawQuoteApprovalStepId = "withdraw-quote-approval"

/**
 * A change of the support team to a quote whose acceptance waits for the
 * unit's 审批人: that approval request is withdrawn (已撤回, with the reason)
 * and the quote no longer points at it, so the approver cannot approve a
 * price the unit never saw and the unit accepts the new quote again. Run
 * under the unit's quote lock after the change was checked; the request and
 * the quote come back as they were when a later step fails.
 */
export const withdrawQuoteApprovalStep = createStep(
  withdrawQuoteApprovalStepId,
  async (data: WithdrawQuoteApprovalInput, { container }) => {
    if (!data.withdraw) return new StepResponse<Withdrawn, Withdrawn>(null, null)
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const quote = await quotes.retrieveQuote(data.quote_id, { select: ["id", "approval_id"] })
    if (!quote.approval_id) return new StepResponse<Withdrawn, Withdrawn>(null, null)
    const units = container.resolve<UnitModuleService>(UNIT_MODULE)
    const [approval] = await units.listUnitApprovals(
      { id: quote.approval_id, status: "pending" },
      { take: 1 }
    )
    if (!approval) return new StepResponse<Withdrawn, Withdrawn>(null, null)
    await units.updateUnitApprovals({
      id: approval.id,
      status: "withdrawn",
      decided_by: data.by,
      decided_at: new Date(),
      reason: data.reason,
    })
    await quotes.updateQuotes({ id: quote.id, approval_id: null })
    const withdrawn: Withdrawn = {
      approval_id: approval.id,
      quote_id: quote.id,
      before: {
        status: "pending",
        decided_by: approval.decided_by,
        decided_at: approval.decided_at,
        reason: approval.reason,
      },
    }
    return new StepResponse<Withdrawn, Withdrawn>(withdrawn, withdrawn)
  },
  async (withdrawn, { container }) => {
    if (!withdrawn) return
    await container
      .resolve<UnitModuleService>(UNIT_MODULE)
      .updateUnitApprovals({ id: withdrawn.approval_id, ...withdrawn.before })
    await container
      .resolve<QuoteModuleService>(QUOTE_MODULE)
      .updateQuotes({ id: withdrawn.quote_id, approval_id: withdrawn.approval_id })
  }
)
