import type { MedusaContainer, StockLocationAddressInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { MANUAL_FULFILLMENT_PROVIDER_ID } from "../../workflows/provenance"
import type { Storage } from "./data/types"
import { ensureWeighedShipping } from "./weighed-shipping"

export const SHIPPING_PROFILES: Record<Storage, { name: string }> = {
  ambient: { name: "常温商品" },
  cold_chain: { name: "冷链商品" },
}

/** Where delivered orders leave from: each partner ships from its own farm. */
const DISPATCH = {
  name: "梅县产地直发",
  address: {
    address_1: "梅县区新城",
    city: "梅州市",
    province: "广东省",
    country_code: "cn",
  },
  fulfillment_set: "梅县产地直发配送",
  zone: "中国大陆",
}

/** The Guangzhou showroom where buyers pick up their orders. */
const SHOWROOM = {
  name: "广州展厅（梅县消费帮扶馆）",
  address: {
    address_1: "天河区天河路 100 号 梅县消费帮扶馆",
    city: "广州市",
    province: "广东省",
    postal_code: "510620",
    country_code: "cn",
  },
  fulfillment_set: "广州展厅自提",
  zone: "广州展厅",
}

type OptionSpec = {
  name: string
  code: string
  label: string
  description: string
  profile: Storage
  where: "dispatch" | "showroom"
  amount: number
  /** a return option: goods sent back by the buyer, chosen by the support team */
  is_return?: boolean
}

export const SHIPPING_OPTIONS: OptionSpec[] = [
  {
    name: "广州展厅自提",
    code: "pickup",
    label: "广州展厅自提",
    description: "到广州天河梅县消费帮扶馆自提，到货后短信通知",
    profile: "ambient",
    where: "showroom",
    amount: 0,
  },
  {
    name: "广州展厅自提（冷藏）",
    code: "pickup-chilled",
    label: "广州展厅自提（冷藏）",
    description: "生鲜冷藏保存，到货后短信通知，请 48 小时内自提",
    profile: "cold_chain",
    where: "showroom",
    amount: 0,
  },
  {
    name: "退货寄回",
    code: "return",
    label: "退货寄回",
    description: "质量问题退货，买家按客服提供的地址寄回，运费由商城承担",
    profile: "ambient",
    where: "dispatch",
    amount: 0,
    is_return: true,
  },
  {
    name: "退货寄回（冷链）",
    code: "return-chilled",
    label: "退货寄回（冷链）",
    description: "生鲜质量问题退货，由冷链快递上门取件，运费由商城承担",
    profile: "cold_chain",
    where: "dispatch",
    amount: 0,
    is_return: true,
  },
]

async function ensureLocation(
  container: MedusaContainer,
  spec: { name: string; address: StockLocationAddressInput },
  salesChannelId: string
) {
  const locations = container.resolve(Modules.STOCK_LOCATION)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const [existing] = await locations.listStockLocations({ name: spec.name })
  if (existing) return existing
  const { result } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: spec.name, address: spec.address }] },
  })
  const location = result[0]
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER_ID },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })
  return location
}

async function ensureFulfillmentSet(
  container: MedusaContainer,
  locationId: string,
  spec: { fulfillment_set: string; zone: string },
  type: "shipping" | "pickup",
  geoZones: { type: "country"; country_code: string }[]
) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const [existing] = await fulfillment.listFulfillmentSets(
    { name: spec.fulfillment_set },
    { relations: ["service_zones"] }
  )
  if (existing) return existing
  const set = await fulfillment.createFulfillmentSets({
    name: spec.fulfillment_set,
    type,
    service_zones: [{ name: spec.zone, geo_zones: geoZones }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
  })
  return await fulfillment.retrieveFulfillmentSet(set.id, { relations: ["service_zones"] })
}

/**
 * Shipping profiles (ambient, cold chain), the dispatch and showroom stock
 * locations and the shipping options: pickup at the Guangzhou showroom and
 * returns (flat), then the delivery priced by weight (./weighed-shipping.ts).
 */
export async function ensureLogistics(
  container: MedusaContainer,
  { salesChannelId, regionId }: { salesChannelId: string; regionId: string }
) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)

  const profiles = {} as Record<Storage, string>
  for (const [storage, spec] of Object.entries(SHIPPING_PROFILES) as [
    Storage,
    { name: string },
  ][]) {
    let [profile] = await fulfillment.listShippingProfiles({ name: spec.name })
    if (!profile) {
      const { result } = await createShippingProfilesWorkflow(container).run({
        input: {
          data: [{ name: spec.name, type: storage === "ambient" ? "default" : "cold_chain" }],
        },
      })
      profile = result[0]
    }
    profiles[storage] = profile.id
  }

  const dispatch = await ensureLocation(container, DISPATCH, salesChannelId)
  const showroom = await ensureLocation(container, SHOWROOM, salesChannelId)
  const delivery = await ensureFulfillmentSet(container, dispatch.id, DISPATCH, "shipping", [
    { type: "country", country_code: "cn" },
  ])
  const pickup = await ensureFulfillmentSet(container, showroom.id, SHOWROOM, "pickup", [
    { type: "country", country_code: "cn" },
  ])
  const zoneOf = { dispatch: delivery.service_zones[0].id, showroom: pickup.service_zones[0].id }

  const existing = await fulfillment.listShippingOptions({}, { select: ["id", "name"] })
  const missing = SHIPPING_OPTIONS.filter((o) => !existing.some((e) => e.name === o.name))
  if (missing.length) {
    await createShippingOptionsWorkflow(container).run({
      input: missing.map((o) => ({
        name: o.name,
        price_type: "flat" as const,
        provider_id: MANUAL_FULFILLMENT_PROVIDER_ID,
        service_zone_id: zoneOf[o.where],
        shipping_profile_id: profiles[o.profile],
        type: { label: o.label, description: o.description, code: o.code },
        prices: [
          { currency_code: "cny", amount: o.amount },
          { region_id: regionId, amount: o.amount },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          {
            attribute: "is_return",
            value: o.is_return ? "true" : "false",
            operator: "eq" as const,
          },
        ],
      })),
    })
  }
  await ensureWeighedShipping(container, {
    profiles,
    dispatchId: dispatch.id,
    zoneId: zoneOf.dispatch,
  })
  return { profiles, dispatch, showroom }
}
