import type { MedusaContainer } from "@medusajs/framework/types"
import { recoverAlipayPayments } from "../workflows/alipay/recover-payments"

/**
 * Every ten minutes, when Alipay is configured: unpaid Alipay payments of
 * placed orders are checked with Alipay, and those paid are captured (a
 * notification that never arrived; backend/src/workflows/alipay).
 */
export default async function alipayPaymentsJob(container: MedusaContainer) {
  if (!process.env.ALIPAY_APP_ID) return
  await recoverAlipayPayments(container, new Date())
}

export const config = {
  name: "alipay-payments",
  schedule: "*/10 * * * *",
}
