import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { BULK_ORDER_LOCK, bulkOrderLockKey, BulkOrderEvents } from "./events"
import { cancelBulkOrdersStep } from "./steps/cancel-bulk-orders"
import { decideBulkDeadlineStep } from "./steps/decide-bulk-deadline"
import { sendBulkOrderNoticeStep } from "./steps/send-bulk-notice"
import { setBulkOrderStatusStep } from "./steps/set-bulk-status"

export type HandleBulkDeadlineInput = { bulk_order_id: string; now: string }

export const OVERDUE_REASON = "逾期未付款，系统自动取消"

/**
 * A bulk order's payment deadline, under the bulk order's lock (the payment
 * takes it too, so a remittance and the job never interleave): within a day
 * of it, the member who placed it is reminded (once); past it, every order is
 * cancelled (stock released) and the bulk order marked cancelled, and the
 * member told. Idempotent: a second run, or a second worker after the first,
 * finds nothing left to do.
 */
export const handleBulkOrderDeadlineWorkflow = createWorkflow(
  "handle-bulk-order-deadline",
  (input: HandleBulkDeadlineInput) => {
    const key = transform({ input }, ({ input }) => bulkOrderLockKey(input.bulk_order_id))
    acquireLockStep({ key, ...BULK_ORDER_LOCK })
    const decision = decideBulkDeadlineStep(input)
    when({ decision }, ({ decision }) => decision.action === "cancel").then(() => {
      cancelBulkOrdersStep(
        transform({ decision }, ({ decision }) => ({ order_ids: decision.order_ids }))
      )
      setBulkOrderStatusStep(
        transform({ input }, ({ input }) => ({
          id: input.bulk_order_id,
          status: "canceled" as const,
          at: input.now,
          cancel_reason: OVERDUE_REASON,
        }))
      )
      emitEventStep({
        eventName: BulkOrderEvents.CANCELED,
        data: transform({ input }, ({ input }) => ({ id: input.bulk_order_id })),
      })
    })
    when({ decision }, ({ decision }) => decision.action !== "none").then(() => {
      sendBulkOrderNoticeStep(
        transform({ input, decision }, ({ input, decision }) => ({
          template:
            decision.action === "cancel"
              ? ("bulk-order-canceled" as const)
              : ("bulk-order-reminder" as const),
          bulk_order_id: input.bulk_order_id,
        }))
      )
    })
    releaseLockStep({ key })
    return new WorkflowResponse(
      transform({ decision }, ({ decision }) => ({ action: decision.action }))
    )
  }
)
