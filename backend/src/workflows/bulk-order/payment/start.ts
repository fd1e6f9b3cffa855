import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { BULK_ORDER_LOCK, bulkOrderLockKey, BulkOrderEvents } from "../events"
import { beginBulkPaymentStep, type BulkPaymentInfo } from "../steps/begin-bulk-payment"
import { loadPayableBulkOrderStep } from "../steps/load-payable"

export type StartBulkPaymentInput = BulkPaymentInfo & { bulk_order_id: string }

/**
 * A bulk order's remittance arrived (the resolver `bulk-order` matched it
 * exactly): under the bulk order's lock (the overdue job takes it too), the
 * bulk order is checked payable (awaiting payment, every order open with its
 * payment collection) and marked `paying`; `bulk_order.payment_started`
 * hands the captures to the worker (payment/run.ts), so the remittance
 * request answers at once whatever the number of parcels.
 */
export const startBulkPaymentWorkflow = createWorkflow(
  "start-bulk-payment",
  (input: StartBulkPaymentInput) => {
    const key = transform({ input }, ({ input }) => bulkOrderLockKey(input.bulk_order_id))
    acquireLockStep({ key, ...BULK_ORDER_LOCK })
    const bulk = loadPayableBulkOrderStep({ bulk_order_id: input.bulk_order_id })
    beginBulkPaymentStep(
      transform({ input }, ({ input }) => ({
        bulk_order_id: input.bulk_order_id,
        info: {
          payer_name: input.payer_name,
          paid_on: input.paid_on,
          note: input.note,
          recorded_by: input.recorded_by,
        },
      }))
    )
    emitEventStep({
      eventName: BulkOrderEvents.PAYMENT_STARTED,
      data: transform({ input }, ({ input }) => ({ id: input.bulk_order_id })),
    })
    releaseLockStep({ key })
    return new WorkflowResponse(
      transform({ bulk }, ({ bulk }) => ({ id: bulk.id, parcels: bulk.collections.length }))
    )
  }
)
