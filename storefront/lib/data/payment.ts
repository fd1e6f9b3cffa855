import "server-only"
import type { StoreCart } from "./cart"
import { authHeaders } from "./cookies"
import { medusa } from "./medusa"

export const BANK_TRANSFER_PROVIDER = "pp_bank-transfer_bank-transfer"
export const SYSTEM_PROVIDER = "pp_system_default"
export const STRIPE_PROVIDER = "pp_stripe_stripe"
export { WECHATPAY_PROVIDER_ID as WECHATPAY_PROVIDER } from "@http/wechatpay"
export { ALIPAY_PROVIDER_ID as ALIPAY_PROVIDER } from "@http/payments"

/** Payment providers the region offers, in the order the checkout shows them. */
export async function paymentProviders(regionId: string): Promise<string[]> {
  const { payment_providers } = await medusa.store.payment.listPaymentProviders(
    { region_id: regionId },
    await authHeaders()
  )
  return payment_providers.map((p) => p.id)
}

/**
 * Starts (or restarts) the cart's payment session with a provider, with the
 * provider's input `data` (WeChat Pay's channel, Alipay's channel); answers
 * the session. Medusa keeps one session per cart: the previous one is dropped.
 */
export async function initiatePayment(
  cart: StoreCart,
  providerId: string,
  data?: Record<string, unknown>
) {
  const { payment_collection } = await medusa.store.payment.initiatePaymentSession(
    cart,
    { provider_id: providerId, ...(data ? { data } : {}) },
    {},
    await authHeaders()
  )
  return payment_collection.payment_sessions?.find((s) => s.provider_id === providerId) ?? null
}
