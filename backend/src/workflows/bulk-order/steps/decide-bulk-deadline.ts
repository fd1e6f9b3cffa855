import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reminderFrom } from "../../../modules/bank-transfer/deadline"
import { BULK_ORDER_MODULE, type BulkOrderModuleService } from "../../../modules/bulk-order"
import { queryRows } from "../../../utils/query"

/** none: paid, cancelled or not yet time; remind: within a day of the deadline; cancel: past it. */
export type BulkDeadlineAction = "none" | "remind" | "cancel"

export const decideBulkDeadlineStepId = "decide-bulk-order-deadline"

/**
 * What a bulk order's deadline asks at `now`, read afresh under its lock (a
 * remittance paying it at the same moment waits, then finds it paid), with
 * the orders still to cancel.
 */
export const decideBulkDeadlineStep = createStep(
  decideBulkDeadlineStepId,
  async (input: { bulk_order_id: string; now: string }, { container }) => {
    const bulk = await container
      .resolve<BulkOrderModuleService>(BULK_ORDER_MODULE)
      .retrieveBulkOrder(input.bulk_order_id)
    const now = new Date(input.now)
    const deadline = new Date(bulk.payment_deadline)
    let action: BulkDeadlineAction = "none"
    if (bulk.status === "awaiting_payment") {
      if (now >= deadline) action = "cancel"
      else if (now >= reminderFrom(deadline)) action = "remind"
    }
    let order_ids: string[] = []
    if (action === "cancel") {
      const [linked] = await queryRows<{ orders: { id: string; status: string }[] | null }>(
        container.resolve(ContainerRegistrationKeys.QUERY),
        {
          entity: "bulk_order",
          fields: ["id", "orders.id", "orders.status"],
          filters: { id: bulk.id },
        }
      )
      order_ids = (linked?.orders ?? []).filter((o) => o.status !== "canceled").map((o) => o.id)
    }
    return new StepResponse({ action, order_ids })
  }
)
