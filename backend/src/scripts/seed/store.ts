import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { STOREFRONT_KEY_TITLE } from "./storefront-key"
import { queryRow } from "../../utils/query"
import { ensureRegionPaymentProviders, SYSTEM_PAYMENT_PROVIDER } from "./payments"
import { DEFAULT_TAX_RATE } from "./data/taxes"

export const STORE_NAME = "梅县消费帮扶商城"
export const SALES_CHANNEL_NAME = "梅县消费帮扶商城"
export const REGION_NAME = "中国大陆"
const CHANNEL_DESCRIPTION = "网上商城：个人与单位采购梅县帮扶农产品"
const MEDUSA_DEFAULT_CHANNEL = "Default Sales Channel"
const MEDUSA_DEFAULT_KEY = "Default Publishable API Key"

/**
 * The store in CNY, its sales channel, the 中国大陆 region and the
 * storefront's publishable API key.
 */
export async function ensureStore(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const regions = container.resolve(Modules.REGION)
  const taxes = container.resolve(Modules.TAX)
  const apiKeys = container.resolve(Modules.API_KEY)
  const stores = container.resolve(Modules.STORE)

  const [store] = await stores.listStores({}, { relations: ["supported_currencies"] })

  let [channel] = await salesChannels.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!channel) {
    // Medusa's first boot made a "Default Sales Channel": it becomes the shop's.
    const [initial] = await salesChannels.listSalesChannels({ name: MEDUSA_DEFAULT_CHANNEL })
    if (initial) {
      await updateSalesChannelsWorkflow(container).run({
        input: {
          selector: { id: initial.id },
          update: { name: SALES_CHANNEL_NAME, description: CHANNEL_DESCRIPTION },
        },
      })
      channel = await salesChannels.retrieveSalesChannel(initial.id)
    }
  }
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: CHANNEL_DESCRIPTION }],
      },
    })
    channel = result[0]
    logger.info(`Seed: sales channel ${channel.id} created`)
  }

  let [region] = await regions.listRegions({ name: REGION_NAME })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: "cny",
            countries: ["cn"],
            payment_providers: [SYSTEM_PAYMENT_PROVIDER],
            automatic_taxes: true,
            is_tax_inclusive: true,
          },
        ],
      },
    })
    region = result[0]
    logger.info(`Seed: region ${region.id} created`)
  }
  await ensureRegionPaymentProviders(container, region.id)

  const [taxRegion] = await taxes.listTaxRegions({ country_code: "cn" })
  if (!taxRegion) {
    await createTaxRegionsWorkflow(container).run({
      input: [
        {
          country_code: "cn",
          provider_id: "tp_system",
          default_tax_rate: DEFAULT_TAX_RATE,
        },
      ],
    })
  }

  const hasCny = store.supported_currencies?.some((c) => c.currency_code === "cny" && c.is_default)
  if (
    store.name !== STORE_NAME ||
    !hasCny ||
    store.default_sales_channel_id !== channel.id ||
    store.default_region_id !== region.id
  ) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: STORE_NAME,
          supported_currencies: [
            { currency_code: "cny", is_default: true, is_tax_inclusive: true },
          ],
          default_sales_channel_id: channel.id,
          default_region_id: region.id,
        },
      },
    })
  }

  let [key] = await apiKeys.listApiKeys({ title: STOREFRONT_KEY_TITLE, type: "publishable" })
  if (!key) {
    // Likewise Medusa's "Default Publishable API Key" becomes the storefront's.
    const [initial] = await apiKeys.listApiKeys({ title: MEDUSA_DEFAULT_KEY, type: "publishable" })
    key = initial
      ? await apiKeys.updateApiKeys(initial.id, { title: STOREFRONT_KEY_TITLE })
      : (
          await createApiKeysWorkflow(container).run({
            input: {
              api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "" }],
            },
          })
        ).result[0]
    logger.info("Seed: storefront publishable API key ready")
  }
  const keyChannels = await queryRow<{ sales_channels: ({ id: string } | null)[] | null }>(query, {
    entity: "api_key",
    fields: ["sales_channels.id"],
    filters: { id: key.id },
  })
  if (!keyChannels?.sales_channels?.some((c) => c?.id === channel.id)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [channel.id] },
    })
  }

  return { channel, region, publishableKey: key }
}
