import type { MedusaContainer } from "@medusajs/framework/types"
import { processBulkOrderDeadlines } from "../workflows/bulk-order"

/**
 * Every hour: bulk orders near their payment deadline get the reminder (a day
 * before, once); unpaid past it, all their orders are cancelled and their
 * stock released (backend/src/workflows/bulk-order/handle-deadline.ts).
 */
export default async function bulkOrderDeadlinesJob(container: MedusaContainer) {
  await processBulkOrderDeadlines(container, new Date())
}

export const config = {
  name: "bulk-order-deadlines",
  schedule: "23 * * * *",
}
