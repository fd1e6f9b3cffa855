import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { queryRow } from "../../utils/query"

/** Medusa's system provider (manual payments), kept for the admin's draft orders. */
export const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"
/** 对公转账, always configured. */
export const BANK_TRANSFER_PROVIDER = "pp_bank-transfer_bank-transfer"
/** Stripe, configured only when STRIPE_API_KEY is set. */
export const STRIPE_PROVIDER = "pp_stripe_stripe"
/** 微信支付, configured only when WECHATPAY_MCHID is set. */
export const WECHATPAY_PROVIDER = "pp_wechatpay_wechatpay"
/** 支付宝, configured only when ALIPAY_APP_ID is set. */
export const ALIPAY_PROVIDER = "pp_alipay_alipay"

const WANTED = [
  SYSTEM_PAYMENT_PROVIDER,
  BANK_TRANSFER_PROVIDER,
  STRIPE_PROVIDER,
  WECHATPAY_PROVIDER,
  ALIPAY_PROVIDER,
]

/**
 * Enables in the region every shop payment provider this instance has
 * configured (Stripe, WeChat Pay and Alipay only with their keys). Providers the region already has are
 * kept; an existing region gets the missing ones added.
 */
export async function ensureRegionPaymentProviders(container: MedusaContainer, regionId: string) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const configured = await container
    .resolve(Modules.PAYMENT)
    .listPaymentProviders({ id: WANTED, is_enabled: true })
  const region = await queryRow<{ payment_providers: ({ id: string } | null)[] | null }>(query, {
    entity: "region",
    fields: ["payment_providers.id"],
    filters: { id: regionId },
  })
  const current = (region?.payment_providers ?? [])
    .map((p) => p?.id)
    .filter((id): id is string => Boolean(id))
  const missing = configured.map((p) => p.id).filter((id) => !current.includes(id))
  if (!missing.length) return
  await updateRegionsWorkflow(container).run({
    input: { selector: { id: regionId }, update: { payment_providers: [...current, ...missing] } },
  })
  logger.info(`Seed: payment providers ${missing.join(", ")} enabled in the region`)
}
