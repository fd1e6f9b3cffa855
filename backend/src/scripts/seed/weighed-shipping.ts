import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, RuleOperator } from "@medusajs/framework/utils"
import { createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { FREIGHT_PROVIDER_ID } from "../../modules/freight/service"
import { EXPRESS_MAX_GRAMS, EXPRESS_RATES } from "../../shared/freight"
import { PARCEL_GRAMS_CONTEXT_KEY, WEIGHED_OPTIONS } from "../../shared/shipping-options"
import type { Storage } from "./data/types"
import { WEIGHED_SHIPPING_OPTIONS, type WeighedOptionSpec } from "./data/weighed-shipping"

/**
 * Which parcels an option is offered for: express up to the express limit;
 * freight once the parcel is heavier than what express's base price covers
 * (10 kg ambient, 5 kg cold chain), the weight from which comparing the two
 * makes sense (a 3 kg box is never sent by a ¥80 freight line).
 */
function weightRules(spec: WeighedOptionSpec) {
  const option = WEIGHED_OPTIONS[spec.code]
  const attribute = PARCEL_GRAMS_CONTEXT_KEY[option.freight_class]
  return option.service === "express"
    ? [{ attribute, operator: RuleOperator.LTE, value: String(EXPRESS_MAX_GRAMS) }]
    : [
        {
          attribute,
          operator: RuleOperator.GT,
          value: String(EXPRESS_RATES[option.freight_class].included_grams),
        },
      ]
}

/**
 * Delivery priced by weight: the dispatch location offers the `freight`
 * provider, and 标准快递, 冷链配送, 物流专线 and 冷链专线 are calculated options
 * of it. Idempotent: a database seeded before (flat ¥12 / ¥25 express) has its
 * two express options turned into calculated ones, and the freight options
 * are added once; express goes first so that it stays the first delivery offered.
 */
export async function ensureWeighedShipping(
  container: MedusaContainer,
  input: { profiles: Record<Storage, string>; dispatchId: string; zoneId: string }
) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_providers.id"],
    filters: { id: input.dispatchId },
  })
  const providers = (locations[0]?.fulfillment_providers ?? []) as ({ id: string } | null)[]
  if (!providers.some((p) => p?.id === FREIGHT_PROVIDER_ID)) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: input.dispatchId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: FREIGHT_PROVIDER_ID },
    })
  }

  const existing = await fulfillment.listShippingOptions(
    { name: WEIGHED_SHIPPING_OPTIONS.map((o) => o.name) },
    { relations: ["rules"] }
  )
  for (const option of existing) {
    const spec = WEIGHED_SHIPPING_OPTIONS.find((o) => o.name === option.name)
    if (!spec || option.provider_id === FREIGHT_PROVIDER_ID) continue
    await fulfillment.updateShippingOptions(option.id, {
      price_type: "calculated",
      provider_id: FREIGHT_PROVIDER_ID,
      data: { code: spec.code },
    })
    const rules = weightRules(spec).filter(
      (r) => !option.rules.some((have) => have.attribute === r.attribute)
    )
    if (rules.length) {
      await fulfillment.createShippingOptionRules(
        rules.map((r) => ({ ...r, shipping_option_id: option.id }))
      )
    }
  }

  const missing = WEIGHED_SHIPPING_OPTIONS.filter((o) => !existing.some((e) => e.name === o.name))
  for (const service of ["express", "freight"] as const) {
    const batch = missing.filter((o) => WEIGHED_OPTIONS[o.code].service === service)
    if (!batch.length) continue
    await createShippingOptionsWorkflow(container).run({
      input: batch.map((o) => ({
        name: o.name,
        price_type: "calculated" as const,
        provider_id: FREIGHT_PROVIDER_ID,
        service_zone_id: input.zoneId,
        shipping_profile_id: input.profiles[o.profile],
        data: { code: o.code },
        type: { label: o.label, description: o.description, code: o.code },
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: RuleOperator.EQ },
          { attribute: "is_return", value: "false", operator: RuleOperator.EQ },
          ...weightRules(o),
        ],
      })),
    })
  }
}
