import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REMINDER_HOURS } from "../../modules/bank-transfer/deadline"
import { REMITTANCE_MODULE, type RemittanceModuleService } from "../../modules/remittance"
import { handleBankTransferDeadlineWorkflow } from "./handle-deadline"
import type { DeadlineAction } from "./steps/decide-deadline"

/**
 * One pass over the 对公转账 orders still unpaid whose deadline is less than
 * `REMINDER_HOURS` away or past (what the hourly job runs; `now` is a
 * parameter so tests can move the clock): each one through
 * `handleBankTransferDeadlineWorkflow`. One order failing (e.g. its lock held
 * by another worker) does not stop the others; it is retried next time.
 */
export async function processBankTransferDeadlines(
  container: MedusaContainer,
  now: Date = new Date()
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const remittance = container.resolve<RemittanceModuleService>(REMITTANCE_MODULE)
  const due = await remittance.dueBankTransfers(new Date(now.getTime() + REMINDER_HOURS * 3600_000))
  const done: Record<DeadlineAction | "failed", string[]> = {
    none: [],
    remind: [],
    cancel: [],
    hold: [],
    failed: [],
  }
  for (const payment of due) {
    try {
      const { result } = await handleBankTransferDeadlineWorkflow(container).run({
        input: { payment_id: payment.payment_id, now: now.toISOString() },
      })
      done[result.action].push(payment.order_id)
    } catch (error) {
      done.failed.push(payment.order_id)
      logger.warn(
        `Bank transfer deadline of order ${payment.order_id} not handled: ${(error as Error).message}`
      )
    }
  }
  if (done.cancel.length || done.hold.length || done.failed.length) {
    logger.info(
      `Bank transfer deadlines: ${done.remind.length} reminded, ${done.cancel.length} cancelled` +
        (done.hold.length
          ? `, ${done.hold.length} partly paid left to the support team (${done.hold.join(", ")})`
          : "") +
        (done.failed.length ? `, ${done.failed.length} failed` : "")
    )
  }
  return {
    reminded: done.remind,
    canceled: done.cancel,
    held: done.hold,
    failed: done.failed,
  }
}
