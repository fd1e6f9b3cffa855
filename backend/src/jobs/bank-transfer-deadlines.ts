import type { MedusaContainer } from "@medusajs/framework/types"
import { processBankTransferDeadlines } from "../workflows/bank-transfer"

/**
 * Every hour: 对公转账 orders near or past their payment deadline get the
 * reminder (24 hours before, once) or are cancelled, stock released
 * (backend/src/workflows/bank-transfer/handle-deadline.ts).
 */
export default async function bankTransferDeadlinesJob(container: MedusaContainer) {
  await processBankTransferDeadlines(container, new Date())
}

export const config = {
  name: "bank-transfer-deadlines",
  schedule: "17 * * * *",
}
