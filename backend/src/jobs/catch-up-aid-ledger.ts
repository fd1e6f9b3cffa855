import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { catchUpAidLedger } from "../workflows/aid/catch-up-aid-ledger"

/**
 * Every few minutes (AID_LEDGER_CATCH_UP_SECONDS, default 300), in the
 * worker: the ledger brought up to date for the orders of the last day, so an
 * order event lost to an outage is made good within minutes, not found by the
 * nightly reconciliation.
 */
export default async function catchUpAidLedgerJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { orders, written } = await catchUpAidLedger(container)
  if (written > 0) {
    logger.info(
      `Aid ledger catch-up: ${written} entries were missing for ${orders} recent orders and are now recorded.`
    )
  }
}

const seconds = Number(process.env.AID_LEDGER_CATCH_UP_SECONDS) || 300

export const config = {
  name: "catch-up-aid-ledger",
  schedule: { interval: seconds * 1000 },
}
