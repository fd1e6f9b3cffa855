import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REMINDER_HOURS } from "../../modules/bank-transfer/deadline"
import { BULK_ORDER_MODULE, type BulkOrderModuleService } from "../../modules/bulk-order"
import { handleBulkOrderDeadlineWorkflow } from "./handle-deadline"

/**
 * One pass over the bulk orders awaiting payment whose deadline is less than
 * a day away or past (the hourly job; `now` is a parameter so tests can move
 * the clock), each through handleBulkOrderDeadlineWorkflow. One failing (its
 * lock held by another worker, an order that would not cancel) does not stop
 * the others; it is tried again next hour.
 */
export async function processBulkOrderDeadlines(
  container: MedusaContainer,
  now: Date = new Date()
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const due = await container.resolve<BulkOrderModuleService>(BULK_ORDER_MODULE).listBulkOrders(
    {
      status: "awaiting_payment",
      payment_deadline: { $lte: new Date(now.getTime() + REMINDER_HOURS * 3600_000) },
    },
    { take: null, order: { payment_deadline: "ASC" }, select: ["id"] }
  )
  const done = { reminded: [] as string[], canceled: [] as string[], failed: [] as string[] }
  for (const { id } of due) {
    try {
      const { result } = await handleBulkOrderDeadlineWorkflow(container).run({
        input: { bulk_order_id: id, now: now.toISOString() },
      })
      if (result.action === "cancel") done.canceled.push(id)
      if (result.action === "remind") done.reminded.push(id)
    } catch (error) {
      done.failed.push(id)
      logger.warn(`Bulk order deadline of ${id} not handled: ${(error as Error).message}`)
    }
  }
  if (done.canceled.length || done.failed.length)
    logger.info(
      `Bulk order deadlines: ${done.reminded.length} reminded, ${done.canceled.length} cancelled, ${done.failed.length} failed`
    )
  return done
}
