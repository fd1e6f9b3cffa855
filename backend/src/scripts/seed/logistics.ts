import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { MANUAL_FULFILLMENT_PROVIDER_ID } from "../../workflows/provenance"
import {
  DISPATCH,
  type LocationSpec,
  SHIPPING_OPTIONS,
  SHIPPING_PROFILES,
  SHOWROOM,
} from "./data/logistics"
import type { Storage } from "./data/types"
import { ensureWeighedShipping } from "./weighed-shipping"

async function ensureLocation(
  container: MedusaContainer,
  spec: LocationSpec,
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
  spec: LocationSpec,
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
