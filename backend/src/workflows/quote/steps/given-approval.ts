import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import type { QuoteAcceptancePlan } from "./plan-acceptance"

export const recordGivenApprovalStepId = "record-given-quote-approval"

/**
 * A 审批人 or 管理员 accepting a quote the unit's policy holds gives the
 * approval themselves: it is recorded as approved (kind `quote`, on the
 * quote's cart, so Medusa's cart completion finds it), for the unit's
 * approval history. Nothing is recorded when no approval is needed.
 * Removed again when a later step fails.
 */
export const recordGivenApprovalStep = createStep(
  recordGivenApprovalStepId,
  async (
    data: { unit_id: string; customer_id: string; plan: QuoteAcceptancePlan },
    { container }
  ) => {
    if (!data.plan.reasons.length) return new StepResponse({ id: null as string | null }, null)
    const units = container.resolve<UnitModuleService>(UNIT_MODULE)
    const approval = await units.createUnitApprovals({
      unit_id: data.unit_id,
      kind: "quote",
      status: "placed",
      amount: data.plan.amount,
      reasons: data.plan.reasons,
      summary: data.plan.summary,
      cart_id: data.plan.cart_id,
      input: { quote_id: data.plan.quote_id },
      note: null,
      requested_by: data.customer_id,
      decided_by: data.customer_id,
      decided_at: new Date(),
    })
    return new StepResponse({ id: approval.id as string | null }, approval.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<UnitModuleService>(UNIT_MODULE).deleteUnitApprovals(id)
  }
)

export const noteApprovalOrderStepId = "note-quote-approval-order"

/** The approval (when there is one) names the order(s) placed under it; undone on failure. */
export const noteApprovalOrderStep = createStep(
  noteApprovalOrderStepId,
  async (
    data: { approval_id: string | null; order_ids: string[]; bulk_order_id?: string | null },
    { container }
  ) => {
    if (!data.approval_id) return new StepResponse(undefined, null)
    const units = container.resolve<UnitModuleService>(UNIT_MODULE)
    await units.updateUnitApprovals({
      id: data.approval_id,
      order_ids: data.order_ids,
      ...(data.bulk_order_id ? { bulk_order_id: data.bulk_order_id } : {}),
    })
    return new StepResponse(undefined, data.approval_id)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<UnitModuleService>(UNIT_MODULE)
      .updateUnitApprovals({ id, order_ids: null, bulk_order_id: null })
  }
)
