import type { ProviderBillSource } from "../../shared/payment-bill"
import type { ReconciliationProvider } from "../../types/http/payment-reconciliations"
import { ALIPAY_PROVIDER_ID } from "../../types/http/payments"
import { WECHATPAY_PROVIDER_ID } from "../../types/http/wechatpay"
import { fetchAlipayBill } from "../alipay/bill"
import type { AlipayClient } from "../alipay/client"
import { alipayConfig, type AlipayOptionsInput } from "../alipay/options"
import { fetchTradeBill } from "../wechatpay/bill-download"
import { WechatPayClient } from "../wechatpay/client"
import { loadWechatPayConfig, type WechatPayOptions } from "../wechatpay/options"
import type { ProviderKeys } from "./repositories/provider-payment"

/** Each provider's options as medusa-config.ts gives them to its payment provider. */
export type BillSourceOptions = Partial<Record<ReconciliationProvider, Record<string, unknown>>>

type BillSourceEntry = {
  keys: ProviderKeys
  create: (options: Record<string, unknown>) => ProviderBillSource
}

/**
 * How each online provider's daily bill is read (the provider module's own
 * client) and where its payments keep the number sent to the provider.
 */
export const BILL_SOURCES: Partial<Record<ReconciliationProvider, BillSourceEntry>> = {
  wechatpay: {
    keys: { provider_id: WECHATPAY_PROVIDER_ID, out_trade_no_key: "out_trade_no" },
    create: (options) => {
      const client = new WechatPayClient(loadWechatPayConfig(options as WechatPayOptions))
      return { fetchBill: (day) => fetchTradeBill(client, day) }
    },
  },
  alipay: {
    keys: { provider_id: ALIPAY_PROVIDER_ID, out_trade_no_key: "out_trade_no" },
    create: (options) => {
      const config = alipayConfig(options as AlipayOptionsInput)
      // Alipay's SDK (about 30 MiB) is required at the first bill read, not when
      // the module loads in every process (docs/production.md#memory)
      let client: Promise<AlipayClient> | undefined
      return {
        fetchBill: async (day) => {
          client ??= import("../alipay/client.js").then(
            ({ AlipayClient }) => new AlipayClient(config)
          )
          return fetchAlipayBill(await client, day)
        },
      }
    },
  },
}
