import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BulkRowInput } from "../../../types/http/bulk-order"
import type { CreateBulkOrderInput } from "../../bulk-order/create-bulk-order"
import { validateBulkOrder } from "../../bulk-order/validate"
import type { LoadedApproval } from "./load-approval"

type StoredBulkInput = {
  rows: BulkRowInput[]
  po_number: string | null
  note: string | null
  sales_channel_ids: string[]
}

export const recheckBulkApprovalStepId = "recheck-bulk-approval"

/**
 * An approved bulk order's rows checked again as they would be submitted now
 * (catalog, stock, the shop's prices today): what the bulk-order workflow
 * places. A row no longer valid refuses the approval with its error (400).
 */
export const recheckBulkApprovalStep = createStep(
  recheckBulkApprovalStepId,
  async (approval: LoadedApproval, { container }) => {
    const stored = approval.input as StoredBulkInput
    const preview = await validateBulkOrder(container, {
      unit: { id: approval.unit_id },
      member: { customer_id: approval.requested_by },
      body: { rows: stored.rows, po_number: stored.po_number, note: stored.note },
      sales_channel_ids: stored.sales_channel_ids,
    })
    if (!preview.valid || preview.errors.length) {
      const first = preview.errors[0]
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `批量订单已无法按申请时的内容下单（第 ${first?.row ?? "?"} 行：${first?.message ?? "无效"}），请驳回后重新提交`
      )
    }
    const input: CreateBulkOrderInput & { approval_id: string } = {
      unit_id: approval.unit_id,
      customer_id: approval.requested_by,
      rows: preview.rows,
      po_number: stored.po_number,
      note: stored.note,
      approval_id: approval.id,
    }
    return new StepResponse(input)
  }
)
