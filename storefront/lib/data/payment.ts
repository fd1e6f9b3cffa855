import "server-only"
import type { StoreCart } from "./cart"
import { authHeaders } from "./cookies"
import { medusa } from "./medusa"

export const BANK_TRANSFER_PROVIDER = "pp_bank-transfer_bank-transfer"
export const SYSTEM_PROVIDER = "pp_system_default"
export const STRIPE_PROVIDER = "pp_stripe_stripe"

/** Payment providers the region offers, in the order the checkout shows them. */
export async function paymentProviders(regionId: string): Promise<string[]> {
  const { payment_providers } = await medusa.store.payment.listPaymentProviders(
    { region_id: regionId },
    await authHeaders()
  )
  return payment_providers.map((p) => p.id)
}

/** Starts (or restarts) the cart's payment session with a provider; answers the session. */
export async function initiatePayment(cart: StoreCart, providerId: string) {
  const { payment_collection } = await medusa.store.payment.initiatePaymentSession(
    cart,
    { provider_id: providerId },
    {},
    await authHeaders()
  )
  return payment_collection.payment_sessions?.find((s) => s.provider_id === providerId) ?? null
}
