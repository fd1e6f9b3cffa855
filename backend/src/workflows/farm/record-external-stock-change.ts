import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { FARM_MODULE, type FarmModuleService } from "../../modules/farm"
import type { FarmStockReason } from "../../types/http/farm"
import { holdsStockLocks, STOCK_LOCK, stockLockKeys } from "./stock-lock"
import { checkLowStock } from "./steps/check-low-stock"
import { queryRows } from "../../utils/query"

type PartnerRow = {
  id: string
  stock_location: { id: string } | null
  products: { id: string }[] | null
}
type VariantRow = {
  id: string
  product_id: string
  inventory_items: { inventory_item_id: string }[] | null
}

export type ExternalStockMovement = {
  location_id: string
  reason: FarmStockReason
  reference_id: string
  actor_id: string | null
  note?: string | null
  /** units that left (negative) or came back (positive), by inventory item */
  items: { inventory_item_id: string; delta: number }[]
  /**
   * When the stock moved, if it is recorded later (a return received while
   * the worker was down): the stock changes audited since then are taken
   * out of the level, so the entry shows the level of that moment.
   */
  occurred_at?: Date | string | null
}

/**
 * Audits stock that Medusa's own flows moved at a farm's location (a
 * fulfillment made on the order page, a return received): the level when it
 * moved is the "after" (the level now, less what was audited since it moved
 * when it is recorded late), the level less the movement the "before". Read under the
 * farm's stock lock, so the farm's own changes do not interleave; recorded
 * once per reference. Then the low-stock check. Answers the ids of the audit
 * entries it wrote (none when the movement was recorded already).
 */
export async function recordExternalStockMovement(
  container: MedusaContainer,
  movement: ExternalStockMovement
): Promise<string[]> {
  const items = movement.items.filter((i) => i.delta)
  if (!items.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const partners = await queryRows<PartnerRow>(query, {
    entity: "partner",
    fields: ["id", "stock_location.id", "products.id"],
  })
  const partner = partners.find((p) => p.stock_location?.id === movement.location_id)
  if (!partner) return []
  const farm = container.resolve<FarmModuleService>(FARM_MODULE)
  const [already] = await farm.listFarmStockAudits(
    { reference_id: movement.reference_id },
    { select: ["id"] }
  )
  if (already) return []
  const productIds = (partner.products ?? []).map((p) => p.id)
  const variants = productIds.length
    ? await queryRows<VariantRow>(query, {
        entity: "product_variant",
        fields: ["id", "product_id", "inventory_items.inventory_item_id"],
        filters: { product_id: productIds },
      })
    : []
  const variantOf = new Map<string, VariantRow>()
  for (const v of variants)
    for (const link of v.inventory_items ?? []) variantOf.set(link.inventory_item_id, v)
  const own = items.filter((i) => variantOf.has(i.inventory_item_id))
  if (!own.length) return []

  const inventory = container.resolve(Modules.INVENTORY)
  const locking = container.resolve(Modules.LOCKING)
  const keys = stockLockKeys(
    movement.location_id,
    own.map((i) => i.inventory_item_id)
  )
  const audit = async () => {
    const levels = await inventory.listInventoryLevels({
      inventory_item_id: own.map((i) => i.inventory_item_id),
      location_id: movement.location_id,
    })
    const stocked = new Map(levels.map((l) => [l.inventory_item_id, Number(l.stocked_quantity)]))
    if (movement.occurred_at) {
      const since = await farm.listFarmStockAudits(
        {
          inventory_item_id: own.map((i) => i.inventory_item_id),
          location_id: movement.location_id,
          created_at: { $gt: new Date(movement.occurred_at) },
        },
        { select: ["inventory_item_id", "delta"], take: null }
      )
      for (const audit of since) {
        stocked.set(
          audit.inventory_item_id,
          (stocked.get(audit.inventory_item_id) ?? 0) - Number(audit.delta)
        )
      }
    }
    return farm.createFarmStockAudits(
      own.map((i) => {
        const after = stocked.get(i.inventory_item_id) ?? 0
        const variant = variantOf.get(i.inventory_item_id)!
        return {
          partner_id: partner.id,
          product_id: variant.product_id,
          variant_id: variant.id,
          inventory_item_id: i.inventory_item_id,
          location_id: movement.location_id,
          reason: movement.reason,
          before: after - i.delta,
          after,
          delta: i.delta,
          actor_type: movement.actor_id ? "user" : "system",
          actor_id: movement.actor_id,
          reference_id: movement.reference_id,
          note: movement.note ?? null,
        }
      })
    )
  }
  // the order page's own flows hold the keys for their whole request (api/admin/orders)
  const written = holdsStockLocks(keys)
    ? await audit()
    : await locking.execute(keys, audit, { timeout: STOCK_LOCK.timeout })
  await checkLowStock(container, {
    partner_id: partner.id,
    location_id: movement.location_id,
    items: own.map((i) => ({
      variant_id: variantOf.get(i.inventory_item_id)!.id,
      inventory_item_id: i.inventory_item_id,
    })),
  })
  return written.map((audit) => audit.id)
}
