import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { BULK_ORDER_LOCK, bulkOrderLockKey, BulkOrderEvents } from "./events"
import { authorizeBulkPaymentsStep } from "./steps/authorize-bulk-payments"
import { captureBulkPaymentsStep } from "./steps/capture-bulk-payments"
import { loadPayableBulkOrderStep } from "./steps/load-payable"
import { recordBulkReceiptsStep } from "./steps/record-bulk-receipts"
import { setBulkOrderStatusStep } from "./steps/set-bulk-status"

export type PayBulkOrderInput = {
  bulk_order_id: string
  payer_name: string
  /** China day the money arrived */
  paid_on: string | null
  note: string | null
  recorded_by: string | null
}

/**
 * A bulk order's remittance arrived (the remittance resolver `bulk-order`
 * matched it exactly): every order is paid, all or nothing, under the bulk
 * order's lock (the overdue job takes it too). First what can be undone
 * cheaply (a bank-transfer payment authorized on each order's collection,
 * the receipts), then the captures (undone by refunds if one fails), then
 * the bulk order marked paid.
 */
export const payBulkOrderWorkflow = createWorkflow("pay-bulk-order", (input: PayBulkOrderInput) => {
  const key = transform({ input }, ({ input }) => bulkOrderLockKey(input.bulk_order_id))
  acquireLockStep({ key, ...BULK_ORDER_LOCK })
  const bulk = loadPayableBulkOrderStep({ bulk_order_id: input.bulk_order_id })
  const payments = authorizeBulkPaymentsStep(
    transform({ bulk }, ({ bulk }) => ({
      reference: bulk.reference,
      collections: bulk.collections,
    }))
  )
  recordBulkReceiptsStep(
    transform({ input, payments }, ({ input, payments }) => ({
      payments,
      payer_name: input.payer_name,
      received_on: input.paid_on,
      note: input.note,
      recorded_by: input.recorded_by,
    }))
  )
  const captured = captureBulkPaymentsStep(
    transform({ input, payments }, ({ input, payments }) => ({
      payments,
      captured_by: input.recorded_by,
    }))
  )
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
  })
  releaseLockStep({ key })
  return new WorkflowResponse(
    transform({ bulk, captured }, ({ bulk, captured }) => ({
      id: bulk.id,
      payment_ids: captured,
    }))
  )
})
