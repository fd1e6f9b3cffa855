import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"

export const cancelBulkOrdersStepId = "cancel-bulk-orders"

/**
 * Cancels each order of an overdue bulk order with Medusa's cancel-order
 * workflow (its reservations released, `order.canceled` for the ledger and
 * the farms' stock check). A cancellation stands (no compensation): if one
 * fails, the bulk order stays awaiting payment and the next run cancels the
 * orders still open, the ones done being skipped.
 */
export const cancelBulkOrdersStep = createStep(
  cancelBulkOrdersStepId,
  async (input: { order_ids: string[] }, { container }) => {
    for (const order_id of input.order_ids) {
      await cancelOrderWorkflow(container).run({ input: { order_id, no_notification: true } })
    }
    return new StepResponse(input.order_ids)
  }
)
