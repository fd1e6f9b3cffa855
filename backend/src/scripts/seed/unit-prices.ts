import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadUnitPriceVariant } from "../../api/admin/unit-prices/helpers"
import { setUnitPricesWorkflow } from "../../workflows/unit-prices"
import { UNIT_PRICES } from "./data/unit-prices"

/**
 * Demo unit prices on a few products (through the same workflow as the
 * admin's 单位价格 page). Idempotent: a variant that has tiers already keeps
 * them, a missing SKU is skipped.
 */
export async function ensureUnitPrices(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data } = await query.graph({
    entity: "variant",
    fields: ["id", "sku"],
    filters: { sku: UNIT_PRICES.map((p) => p.sku) },
  })
  const idOf = new Map((data as { id: string; sku: string }[]).map((v) => [v.sku, v.id]))
  let set = 0
  for (const { sku, tiers } of UNIT_PRICES) {
    const id = idOf.get(sku)
    if (!id || (await loadUnitPriceVariant(container, id)).tiers.length) continue
    await setUnitPricesWorkflow(container).run({ input: { variant_id: id, tiers } })
    set++
  }
  if (set) logger.info(`Seed: unit prices on ${set} variants`)
}
