import type { CreateOrderTransactionDTO } from "@medusajs/framework/types"
import { PaymentEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addOrderTransactionStep, emitEventStep } from "@medusajs/medusa/core-flows"

/** A captured parcel payment: its order and the captures the payment module answered. */
export type CapturedParcel = {
  order_id: string
  payment_id: string
  currency_code: string
  captures: { id: string; amount: unknown; raw_amount?: unknown }[]
}

/**
 * What Medusa's capturePaymentWorkflow does after its capture, for many
 * parcels at once: one order transaction per capture (`reference: "capture"`,
 * added once: the step skips a capture already recorded) and `payment.captured`
 * for each payment (the aid ledger counts the order). Run on its own, not
 * nested in the batch's workflow, so its events go out when it ends even if
 * the batch's later steps fail: the captures are final.
 */
export const recordBulkCapturesWorkflow = createWorkflow(
  "record-bulk-captures",
  (input: { parcels: CapturedParcel[] }) => {
    const transactions = transform({ input }, ({ input }) =>
      input.parcels.flatMap((p) =>
        p.captures.map((capture): CreateOrderTransactionDTO => ({
          order_id: p.order_id,
          amount: (capture.raw_amount ?? capture.amount) as CreateOrderTransactionDTO["amount"],
          currency_code: p.currency_code,
          reference: "capture",
          reference_id: capture.id,
        }))
      )
    )
    addOrderTransactionStep(transactions)
    emitEventStep({
      eventName: PaymentEvents.CAPTURED,
      data: transform({ input }, ({ input }) => input.parcels.map((p) => ({ id: p.payment_id }))),
    })
    return new WorkflowResponse(transactions)
  }
)
