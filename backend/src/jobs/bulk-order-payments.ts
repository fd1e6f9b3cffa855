import type { MedusaContainer } from "@medusajs/framework/types"
import { resumeBulkPayments } from "../workflows/bulk-order/payment/run"

/**
 * Every five minutes: bulk orders left `paying` (the worker restarted, or a
 * parcel's capture failed) are captured on from where they stopped
 * (backend/src/workflows/bulk-order/payment/run.ts).
 */
export default async function bulkOrderPaymentsJob(container: MedusaContainer) {
  await resumeBulkPayments(container, new Date())
}

export const config = {
  name: "bulk-order-payments",
  schedule: "*/5 * * * *",
}
