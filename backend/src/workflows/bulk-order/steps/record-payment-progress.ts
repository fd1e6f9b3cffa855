import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BULK_ORDER_MODULE, type BulkOrderModuleService } from "../../../modules/bulk-order"

export type RecordPaymentProgressInput = {
  bulk_order_id: string
  /** parcels captured, this run included */
  captured: number
  failed: { order_id: string; message: string }[]
}

export const recordBulkPaymentProgressStepId = "record-bulk-payment-progress"

/**
 * A `paying` bulk order's progress after a run: the parcels captured, and
 * the failed runs in a row with the last error (cleared by a run without
 * failures). Compensation restores what it was.
 */
export const recordBulkPaymentProgressStep = createStep(
  recordBulkPaymentProgressStepId,
  async (input: RecordPaymentProgressInput, { container }) => {
    const service = container.resolve<BulkOrderModuleService>(BULK_ORDER_MODULE)
    const before = await service.retrieveBulkOrder(input.bulk_order_id)
    const first = input.failed[0]
    await service.updateBulkOrders({
      id: before.id,
      captured_parcels: input.captured,
      payment_failures: first ? before.payment_failures + 1 : 0,
      payment_error: first
        ? `${input.failed.length} 个包裹扣款失败（订单 ${first.order_id}：${first.message}）`
        : null,
    })
    return new StepResponse(
      { failures: first ? before.payment_failures + 1 : 0 },
      {
        id: before.id,
        captured_parcels: before.captured_parcels,
        payment_failures: before.payment_failures,
        payment_error: before.payment_error,
      }
    )
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<BulkOrderModuleService>(BULK_ORDER_MODULE).updateBulkOrders(before)
  }
)
