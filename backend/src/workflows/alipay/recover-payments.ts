import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { ALIPAY_PROVIDER_ID } from "../../types/http/payments"

/** How far back unpaid Alipay payments are checked (a trade expires long before). */
export const LOOK_BACK_MS = 3 * 24 * 3600_000

/** The provider's answer when Alipay has not received the money (see the provider's capturePayment). */
export const NOT_PAID = /支付宝尚未收到/

/**
 * Tries to capture one Alipay payment: the provider's capture asks Alipay
 * (alipay.trade.query) and succeeds only for a paid trade. Answers whether
 * the payment is captured now; an unpaid trade is no error.
 */
export async function captureIfPaid(container: MedusaContainer, paymentId: string) {
  try {
    await capturePaymentWorkflow(container).run({ input: { payment_id: paymentId } })
    return true
  } catch (error) {
    const message = (error as Error).message
    if (!NOT_PAID.test(message)) {
      container
        .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
        .warn(`Alipay: payment ${paymentId} not captured: ${message}`)
    }
    return false
  }
}

/**
 * The query fallback for lost notifications: every Alipay payment of a
 * placed order that is neither captured nor cancelled, from the last three
 * days, is checked with Alipay and captured when paid. Answers the ids
 * captured.
 */
export async function recoverAlipayPayments(container: MedusaContainer, now: Date) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: open } = await query.graph({
    entity: "payment",
    fields: ["id"],
    filters: {
      provider_id: ALIPAY_PROVIDER_ID,
      captured_at: null,
      canceled_at: null,
      created_at: { $gte: new Date(now.getTime() - LOOK_BACK_MS).toISOString() },
    },
    pagination: { take: 500 },
  })
  const captured: string[] = []
  for (const payment of open as { id: string }[]) {
    if (await captureIfPaid(container, payment.id)) captured.push(payment.id)
  }
  return captured
}
