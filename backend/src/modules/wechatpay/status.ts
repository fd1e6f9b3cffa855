import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import type { WechatPaySessionData, WechatPayTradeState } from "../../types/http/wechatpay"
import { WECHATPAY_PROVIDER_ID } from "../../types/http/wechatpay"

/** The payment module's provider registry: Medusa 2.21 offers no public call of a provider's getPaymentStatus. */
type ProviderRegistry = {
  paymentProviderService_: {
    getStatus(
      providerId: string,
      input: { data: Record<string, unknown> }
    ): Promise<{ status: string; data?: Record<string, unknown> }>
  }
}

/**
 * Asks WeChat Pay (the provider's order query) whether the session's order is
 * paid: the fallback for a lost notification. Goes through the payment
 * module's provider service, the way Medusa itself reaches a provider.
 */
export async function paidAtWechatPay(
  container: MedusaContainer,
  data: WechatPaySessionData
): Promise<{ paid: boolean; trade_state: WechatPayTradeState | null }> {
  const module = container.resolve(Modules.PAYMENT) as unknown as ProviderRegistry
  const result = await module.paymentProviderService_.getStatus(WECHATPAY_PROVIDER_ID, {
    data: data as unknown as Record<string, unknown>,
  })
  const tradeState = (result.data?.trade_state as WechatPayTradeState | undefined) ?? null
  return { paid: result.status === PaymentSessionStatus.CAPTURED, trade_state: tradeState }
}
