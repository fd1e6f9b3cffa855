import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcileAidLedgerWorkflow } from "../workflows/aid"

/** Every night at 03:00 China time: the ledger against the orders, order by order. */
export default async function reconcileAidLedgerJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await reconcileAidLedgerWorkflow(container).run({ input: { trigger: "job" } })
  const run = result
  if (run.mismatch_count > 0) {
    logger.warn(
      `Aid ledger reconciliation: ${run.mismatch_count} of ${run.orders_checked} orders differ, ` +
        `¥${run.difference_total} in all: ` +
        run.mismatches
          .slice(0, 20)
          .map((m) => `#${m.display_id ?? m.order_id} ledger ${m.ledger} expected ${m.expected}`)
          .join("; ")
    )
  } else {
    logger.info(`Aid ledger reconciliation: ${run.orders_checked} orders, no difference.`)
  }
}

export const config = {
  name: "reconcile-aid-ledger",
  // 19:00 UTC = 03:00 in China
  schedule: "0 19 * * *",
}
