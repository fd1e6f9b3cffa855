import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FARM_MODULE, type FarmModuleService } from "../../../modules/farm"
import { queryRow, queryRows } from "../../../utils/query"

export const LOW_STOCK_TEMPLATE = "farm-low-stock"

type VariantRow = {
  id: string
  title: string | null
  sku: string | null
  product: { id: string; title: string | null } | null
}
type PartnerRow = { name: string | null; users: { email: string }[] | null }

export type LowStockCheckInput = {
  partner_id: string
  location_id: string
  items: { variant_id: string; inventory_item_id: string }[]
}

/**
 * Reads what is still available (stocked less reserved) of each item at the
 * farm's location and sends one low-stock notification per variant that has
 * just fallen to or below its threshold (Medusa's notification module; the
 * local provider's "feed" channel in development).
 */
export async function checkLowStock(container: MedusaContainer, input: LowStockCheckInput) {
  if (!input.items.length) return []
  const inventory = container.resolve(Modules.INVENTORY)
  const farm = container.resolve<FarmModuleService>(FARM_MODULE)
  const levels = await inventory.listInventoryLevels({
    inventory_item_id: [...new Set(input.items.map((i) => i.inventory_item_id))],
    location_id: input.location_id,
  })
  const byItem = new Map(
    levels.map((l) => [
      l.inventory_item_id,
      Number(l.stocked_quantity) - Number(l.reserved_quantity),
    ])
  )
  const crossed = await farm.detectLowStockCrossings(
    input.items
      .filter((i) => byItem.has(i.inventory_item_id))
      .map((i) => ({
        variant_id: i.variant_id,
        partner_id: input.partner_id,
        available: byItem.get(i.inventory_item_id)!,
      }))
  )
  if (!crossed.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [variants, partner] = await Promise.all([
    queryRows<VariantRow>(query, {
      entity: "product_variant",
      fields: ["id", "title", "sku", "product.id", "product.title"],
      filters: { id: crossed.map((c) => c.variant_id) },
    }),
    queryRow<PartnerRow>(query, {
      entity: "partner",
      fields: ["id", "name", "users.email"],
      filters: { id: input.partner_id },
    }),
  ])
  const variantOf = new Map(variants.map((v) => [v.id, v]))
  const notifications = container.resolve(Modules.NOTIFICATION)
  await notifications.createNotifications(
    crossed.map((c) => {
      const variant = variantOf.get(c.variant_id)
      const title = `${variant?.product?.title ?? ""} ${variant?.title ?? ""}`.trim()
      return {
        to: (partner?.users ?? []).map((u) => u.email).join(",") || `partner:${input.partner_id}`,
        channel: "feed",
        template: LOW_STOCK_TEMPLATE,
        resource_id: c.variant_id,
        resource_type: "product_variant",
        data: {
          title: `库存预警：${title}`,
          description: `${partner?.name ?? ""} 的「${title}」可售库存剩 ${c.available}，已低于预警值 ${c.threshold}`,
          partner_id: input.partner_id,
          partner_name: partner?.name ?? null,
          product_id: variant?.product?.id ?? null,
          variant_id: c.variant_id,
          sku: variant?.sku ?? null,
          available: c.available,
          threshold: c.threshold,
        },
      }
    })
  )
  return crossed
}

export const checkLowStockStepId = "check-farm-low-stock"

/** The low-stock check as the last step of a stock workflow (nothing to undo: a sent alert stays sent). */
export const checkLowStockStep = createStep(
  checkLowStockStepId,
  async (input: LowStockCheckInput, { container }) =>
    new StepResponse(await checkLowStock(container, input))
)
