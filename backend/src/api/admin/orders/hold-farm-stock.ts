import { randomUUID } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  acquireStockLocks,
  holdsStockLocks,
  stockLockKeys,
  whileHolding,
} from "../../../workflows/farm/stock-lock"
import { queryRow, queryRows } from "../../../utils/query"

type OrderRow = { items: { variant_id: string | null }[] | null }
type VariantRow = { inventory_items: { inventory_item_id: string }[] | null }
type PartnerRow = { stock_location: { id: string } | null }

/** The farm stock lock keys of an order: its items' stock levels at the partners' locations. */
async function farmStockKeysOf(scope: MedusaContainer, orderId: string): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const order = await queryRow<OrderRow>(query, {
    entity: "order",
    fields: ["items.variant_id"],
    filters: { id: orderId },
  })
  const variantIds = [
    ...new Set((order?.items ?? []).map((i) => i.variant_id).filter((id): id is string => !!id)),
  ]
  if (!variantIds.length) return []
  const variants = await queryRows<VariantRow>(query, {
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { id: variantIds },
  })
  const itemIds = [
    ...new Set(variants.flatMap((v) => (v.inventory_items ?? []).map((i) => i.inventory_item_id))),
  ]
  if (!itemIds.length) return []
  const partners = await queryRows<PartnerRow>(query, {
    entity: "partner",
    fields: ["stock_location.id"],
  })
  const farms = new Set(partners.map((p) => p.stock_location?.id).filter(Boolean))
  const levels = await scope
    .resolve(Modules.INVENTORY)
    .listInventoryLevels(
      { inventory_item_id: itemIds },
      { select: ["inventory_item_id", "location_id"] }
    )
  return levels
    .filter((level) => farms.has(level.location_id))
    .flatMap((level) => stockLockKeys(level.location_id, [level.inventory_item_id]))
    .sort()
}

/**
 * Medusa's own order flows that move stock (a fulfillment made or canceled
 * on the admin's order page, a return received) change a level with the
 * inventory module's adjustInventory, which reads the level and writes it
 * back: a farm's stock change at that moment (我的农场, an edit on the
 * inventory pages) could be lost, or lose theirs. These routes take the
 * farms' stock locks of the order's items for the whole request, as the
 * farms' own changes do; the fulfillment's stock audit, run inside
 * (workflows/hooks/order-fulfillment-stock-audit.ts), sees them held. A
 * request that waited the lock's timeout gets a 409.
 */
export function holdFarmStock(orderIdOf: (req: MedusaRequest) => Promise<string | null>) {
  return async function holdOrderFarmStock(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    const orderId = await orderIdOf(req)
    const keys = orderId ? await farmStockKeysOf(req.scope, orderId) : []
    // none, or already held by this request (a route matched by two matchers)
    if (!keys.length || holdsStockLocks(keys)) return next()
    const locking = req.scope.resolve(Modules.LOCKING)
    const ownerId = `order-stock:${randomUUID()}`
    await acquireStockLocks(locking, keys, ownerId)
    let released = false
    const release = () => {
      if (released) return
      released = true
      locking
        .release(keys, { ownerId })
        .catch((error: Error) =>
          req.scope
            .resolve(ContainerRegistrationKeys.LOGGER)
            .warn(`Farm stock lock not released (it expires on its own): ${error.message}`)
        )
    }
    res.on("finish", release)
    res.on("close", release)
    whileHolding(keys, () => next())
  }
}

/** The order of `/admin/orders/:id/…`. */
export const orderOfPath = async (req: MedusaRequest) => req.params.id ?? null

/** The order of the return `/admin/returns/:id/…`. */
export async function orderOfReturn(req: MedusaRequest): Promise<string | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const row = await queryRow<{ order_id: string | null }>(query, {
    entity: "return",
    fields: ["order_id"],
    filters: { id: req.params.id },
  })
  return row?.order_id ?? null
}
