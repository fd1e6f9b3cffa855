import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type BulkNoticeTemplate, sendBulkOrderNotice } from "../notices"

export const sendBulkOrderNoticeStepId = "send-bulk-order-notice"

/** One notice of a bulk order to the member who placed it (once per template and channel). */
export const sendBulkOrderNoticeStep = createStep(
  sendBulkOrderNoticeStepId,
  async (input: { template: BulkNoticeTemplate; bulk_order_id: string }, { container }) =>
    new StepResponse(await sendBulkOrderNotice(container, input.template, input.bulk_order_id))
)
