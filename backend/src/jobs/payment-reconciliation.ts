import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYMENT_RECONCILIATION_MODULE } from "../modules/payment-reconciliation"
import type { PaymentReconciliationModuleService } from "../modules/payment-reconciliation"
import { chinaToday, previousChinaDay } from "../shared/china-time"
import { reconcilePaymentDayWorkflow } from "../workflows/payment-reconciliation"

/**
 * 对账: every hour from 10:00 China time (the providers publish the previous
 * day's bill in the morning), each configured provider's bill of yesterday
 * against the shop's payments, until that day has a run that read the bill.
 */
export default async function paymentReconciliationJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = container.resolve<PaymentReconciliationModuleService>(
    PAYMENT_RECONCILIATION_MODULE
  )
  const billDate = previousChinaDay(chinaToday())
  for (const provider of service.configuredProviders()) {
    const [done] = await service.listPaymentReconciliationRuns({
      provider,
      bill_date: billDate,
      status: ["balanced", "differences"],
    })
    if (done) continue
    const { result } = await reconcilePaymentDayWorkflow(container).run({
      input: { provider, bill_date: billDate, trigger: "job" },
    })
    const [run] = await service.listPaymentReconciliationRuns({ id: result.id })
    const line = `Payment reconciliation ${provider} ${billDate}: ${run.status}`
    if (run.status === "balanced") logger.info(line)
    else
      logger.warn(
        `${line}${run.error ? ` (${run.error})` : `, ${run.difference_count} differences`}`
      )
  }
}

export const config = {
  name: "payment-reconciliation",
  // minute 40 of every hour from 02:00 to 15:00 UTC = 10:40 to 23:40 China time
  schedule: "40 2-15 * * *",
}
