import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { BULK_ORDER_LOCK, bulkOrderLockKey, BulkOrderEvents } from "../events"
import type { BulkPaymentInfo } from "../steps/begin-bulk-payment"
import { loadBulkPaymentBatchStep } from "../steps/load-payment-batch"
import { payBulkParcelsStep } from "../steps/pay-bulk-parcels"
import { recordBulkPaymentProgressStep } from "../steps/record-payment-progress"
import { setBulkOrderStatusStep } from "../steps/set-bulk-status"

export type PayBulkBatchInput = { bulk_order_id: string; size: number }

const NO_INFO: BulkPaymentInfo = { payer_name: "", paid_on: null, note: null, recorded_by: null }

/**
 * One run of a `paying` bulk order's background payment, under its lock:
 * the next `size` parcels not yet captured are paid (steps/pay-bulk-parcels),
 * with the captures an earlier run made and did not record on their orders,
 * the progress recorded, and once no parcel is left the bulk order is `paid`
 * with `bulk_order.paid`. Answers what is left, so payment/run.ts loops
 * until done. A bulk order that is not `paying` is left alone.
 */
export const payBulkOrderBatchWorkflow = createWorkflow(
  "pay-bulk-order-batch",
  (input: PayBulkBatchInput) => {
    const key = transform({ input }, ({ input }) => bulkOrderLockKey(input.bulk_order_id))
    acquireLockStep({ key, ...BULK_ORDER_LOCK })
    const batch = loadBulkPaymentBatchStep(input)
    const paid = when(
      { batch },
      ({ batch }) => batch.paying && batch.batch.length + batch.unrecorded.length > 0
    ).then(() =>
      payBulkParcelsStep(
        transform({ batch }, ({ batch }) => ({
          reference: batch.reference,
          info: batch.info ?? NO_INFO,
          parcels: batch.batch,
          unrecorded: batch.unrecorded,
        }))
      )
    )
    const outcome = transform({ batch, paid }, ({ batch, paid }) => {
      const now = paid?.captured.length ?? 0
      const late = paid?.recorded.length ?? 0
      return {
        paying: batch.paying,
        captured: batch.captured + now,
        total: batch.total,
        captured_now: now,
        recorded_now: late,
        failed: paid?.failed ?? [],
        remaining: batch.remaining - now - late,
      }
    })
    when({ outcome }, ({ outcome }) => outcome.paying).then(() => {
      recordBulkPaymentProgressStep(
        transform({ input, outcome }, ({ input, outcome }) => ({
          bulk_order_id: input.bulk_order_id,
          captured: outcome.captured,
          failed: outcome.failed,
        }))
      )
    })
    when({ outcome }, ({ outcome }) => outcome.paying && outcome.remaining === 0).then(() => {
      setBulkOrderStatusStep(
        transform({ input }, ({ input }) => ({
          id: input.bulk_order_id,
          status: "paid" as const,
          at: new Date().toISOString(),
        }))
      )
      emitEventStep({
        eventName: BulkOrderEvents.PAID,
        data: transform({ input }, ({ input }) => ({ id: input.bulk_order_id })),
      }).config({ name: "emit-bulk-order-paid" })
    })
    releaseLockStep({ key })
    return new WorkflowResponse(outcome)
  }
)
