import "server-only"
import { orderAccessHeaders } from "./cookies"
import { backendUrl, publishableKey } from "./medusa"

/**
 * The 付款通知书 (PDF) of a 对公转账 order as the backend answers it, asked
 * with this visitor's order access (customer, order token or lookup token):
 * the backend answers 404 to anyone else.
 */
export async function paymentNoticeOf(orderId: string): Promise<Response> {
  return fetch(`${backendUrl}/store/orders/${encodeURIComponent(orderId)}/payment-notice`, {
    headers: {
      ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}),
      ...(await orderAccessHeaders(orderId)),
    },
    cache: "no-store",
  })
}
