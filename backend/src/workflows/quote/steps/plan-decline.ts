import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNIT_MODULE, type UnitModuleService } from "../../../modules/unit"
import { quoteStatusAt } from "../../../shared/quote"
import { quoteRecord } from "../read"
import type { UpdateQuoteData } from "./update-quote"

export const planDeclineStepId = "plan-quote-decline"

/**
 * A quote the unit may decline: requested, quoted or expired, and not
 * waiting for the unit's approval of its acceptance (the 审批人 rejects
 * that first). 404 for another unit's. Nothing to undo.
 */
export const planDeclineStep = createStep(
  planDeclineStepId,
  async (
    data: { unit_id: string; id: string; customer_id: string; reason: string | null },
    { container }
  ) => {
    const record = await quoteRecord(container, data.id, data.unit_id)
    const status = quoteStatusAt(record.status, record.valid_until)
    if (!["requested", "quoted", "expired"].includes(status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "询价单已接受、拒绝或取消，不能再拒绝")
    }
    if (record.approval_id) {
      const [pending] = await container
        .resolve<UnitModuleService>(UNIT_MODULE)
        .listUnitApprovals({ id: record.approval_id, status: "pending" }, { take: 1 })
      if (pending) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "接受该报价的审批申请还在等待审批，请先由审批人驳回"
        )
      }
    }
    const update: UpdateQuoteData = {
      id: record.id,
      status: "declined",
      decline_reason: data.reason,
      decided_at: new Date(),
      decided_by: data.customer_id,
    }
    return new StepResponse(update)
  }
)
