import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BULK_ORDER_MODULE, type BulkOrderModuleService } from "../../../modules/bulk-order"

/** What the remittance says, written on every receipt the background capture records. */
export type BulkPaymentInfo = {
  payer_name: string
  /** China day the money arrived */
  paid_on: string | null
  note: string | null
  recorded_by: string | null
}

export const beginBulkPaymentStepId = "begin-bulk-payment"

/**
 * The remittance of an awaiting bulk order arrived: the bulk order becomes
 * `paying` (付款处理中) with what the receipts need, and the worker captures
 * its orders (payment/run.ts). Compensation puts it back awaiting payment.
 */
export const beginBulkPaymentStep = createStep(
  beginBulkPaymentStepId,
  async (input: { bulk_order_id: string; info: BulkPaymentInfo }, { container }) => {
    const service = container.resolve<BulkOrderModuleService>(BULK_ORDER_MODULE)
    const before = await service.retrieveBulkOrder(input.bulk_order_id)
    if (before.status !== "awaiting_payment")
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Bulk order ${before.reference} is ${before.status}; nothing is captured again`
      )
    await service.updateBulkOrders({
      id: before.id,
      status: "paying",
      paying_since: new Date(),
      payment_info: input.info,
      captured_parcels: 0,
      payment_failures: 0,
      payment_error: null,
    })
    return new StepResponse({ id: before.id }, before.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<BulkOrderModuleService>(BULK_ORDER_MODULE).updateBulkOrders({
      id,
      status: "awaiting_payment",
      paying_since: null,
      payment_info: null,
      captured_parcels: 0,
    })
  }
)
