import type { MedusaContainer } from "@medusajs/framework/types"
import { cancelExpiredAlipayOrders } from "../workflows/alipay/cancel-expired"
import { recoverAlipayPayments } from "../workflows/alipay/recover-payments"

/**
 * Every ten minutes, when Alipay is configured: unpaid Alipay payments of
 * placed orders are checked with Alipay, and those paid are captured (a
 * notification that never arrived; backend/src/workflows/alipay); then the
 * orders whose trade expired unpaid are cancelled (their stock released).
 */
export default async function alipayPaymentsJob(container: MedusaContainer) {
  if (!process.env.ALIPAY_APP_ID) return
  const now = new Date()
  await recoverAlipayPayments(container, now)
  await cancelExpiredAlipayOrders(container, now)
}

export const config = {
  name: "alipay-payments",
  schedule: "*/10 * * * *",
}
