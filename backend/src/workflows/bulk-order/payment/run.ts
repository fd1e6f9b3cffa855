import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BULK_ORDER_MODULE, type BulkOrderModuleService } from "../../../modules/bulk-order"
import { payBulkOrderBatchWorkflow } from "./batch"
import { BULK_PAYMENT_ALERT_FAILURES, BULK_PAYMENT_BATCH, BULK_PAYMENT_STALE_MS } from "./settings"

export type BulkPaymentRun = {
  id: string
  captured: number
  total: number
  done: boolean
  runs: number
  failed: { order_id: string; message: string }[]
}

/**
 * Captures a `paying` bulk order's parcels, one batch workflow after the
 * other, until none is left (the bulk order is then `paid`) or a batch
 * captured nothing (its parcels keep failing: the scheduled job tries again
 * later). Started by `bulk_order.payment_started` in the worker, and by the
 * job for a bulk order left paying (a restart, a failure). Each batch
 * re-reads what is captured, so running it twice, or after a crash, never
 * captures a parcel twice.
 */
export async function runBulkPayment(
  container: MedusaContainer,
  id: string,
  options: { batchSize?: number; maxRuns?: number } = {}
): Promise<BulkPaymentRun> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const out: BulkPaymentRun = { id, captured: 0, total: 0, done: false, runs: 0, failed: [] }
  while (out.runs < (options.maxRuns ?? Infinity)) {
    const started = Date.now()
    const { result } = await payBulkOrderBatchWorkflow(container).run({
      input: { bulk_order_id: id, size: options.batchSize ?? BULK_PAYMENT_BATCH },
    })
    out.runs++
    logger.info(
      `Bulk order ${id}: ${result.captured}/${result.total} parcels captured (${result.captured_now} in ${Date.now() - started} ms)`
    )
    Object.assign(out, { captured: result.captured, total: result.total, failed: result.failed })
    out.done = !result.paying || result.remaining <= 0
    if (out.done || result.captured_now + result.recorded_now === 0) break
  }
  if (out.failed.length)
    logger.warn(
      `Bulk order ${id}: ${out.failed.length} parcel(s) not captured, retried by the job (${out.failed[0].message})`
    )
  return out
}

/**
 * The job's pass: every bulk order still `paying` whose progress has not
 * moved for BULK_PAYMENT_STALE_MS (its run stopped: a restart, a failure)
 * is run again. One failing does not stop the others.
 */
export async function resumeBulkPayments(container: MedusaContainer, now: Date = new Date()) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const stale = await container
    .resolve<BulkOrderModuleService>(BULK_ORDER_MODULE)
    .listBulkOrders(
      { status: "paying", updated_at: { $lte: new Date(now.getTime() - BULK_PAYMENT_STALE_MS) } },
      { take: null, order: { paying_since: "ASC" }, select: ["id", "payment_failures"] }
    )
  const runs: BulkPaymentRun[] = []
  for (const { id, payment_failures } of stale) {
    try {
      runs.push(await runBulkPayment(container, id))
    } catch (error) {
      logger.warn(`Bulk order ${id}: payment not resumed: ${(error as Error).message}`)
    }
    if (payment_failures + 1 >= BULK_PAYMENT_ALERT_FAILURES)
      logger.error(
        `Bulk order ${id} is paid but its parcels keep failing to capture: see the admin`
      )
  }
  return runs
}
