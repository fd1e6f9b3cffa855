import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { FARM_MODULE, type FarmModuleService } from "../../../modules/farm"
import { acquireStockLocks, stockLockKeys } from "../../../workflows/farm/stock-lock"
import { checkLowStock } from "../../../workflows/farm/steps/check-low-stock"

type Pair = { inventory_item_id: string; location_id: string }

type Level = { inventory_item_id?: string; location_id?: unknown } | null
type LevelsBody = { location_id?: unknown; create?: Level[]; update?: Level[] }

/** A request through this middleware: marked once audited, with its signed-in user. */
type AuditedRequest = MedusaRequest & {
  farmStockEditAudited?: boolean
  auth_context?: { actor_id?: string }
}

/** The stock levels a request to Medusa's inventory-level routes writes. */
function pairsOf(req: MedusaRequest): Pair[] {
  const body = (req.body ?? {}) as LevelsBody
  const itemId = req.params?.id
  const pairs: Pair[] = []
  if (itemId && req.params?.location_id && req.params.location_id !== "batch")
    pairs.push({ inventory_item_id: itemId, location_id: req.params.location_id })
  else if (itemId && typeof body.location_id === "string")
    pairs.push({ inventory_item_id: itemId, location_id: body.location_id })
  for (const level of [...(body.create ?? []), ...(body.update ?? [])]) {
    const item = level?.inventory_item_id ?? itemId
    if (item && typeof level?.location_id === "string")
      pairs.push({ inventory_item_id: item, location_id: level.location_id })
  }
  const seen = new Set<string>()
  return pairs.filter(
    (p) =>
      !seen.has(`${p.inventory_item_id}:${p.location_id}`) &&
      !!seen.add(`${p.inventory_item_id}:${p.location_id}`)
  )
}

/**
 * The support team can also set stock on Medusa's own inventory pages. For
 * levels at a partner's location this middleware takes the farm's stock lock
 * for the request, reads the levels before and after, and audits every
 * change as "manual" by that user, then runs the low-stock check.
 */
export async function auditStockEdits(
  req: AuditedRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  // ".../location-levels/batch" also matches ".../location-levels/:location_id": audit once
  if (req.farmStockEditAudited) return next()
  req.farmStockEditAudited = true
  const pairs = pairsOf(req)
  if (!pairs.length) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: partners } = await query.graph({
    entity: "partner",
    fields: ["id", "stock_location.id"],
  })
  const partnerOf = new Map(
    (partners as { id: string; stock_location: { id: string } | null }[])
      .filter((p) => p.stock_location?.id)
      .map((p) => [p.stock_location!.id, p.id])
  )
  const farmPairs = pairs.filter((p) => partnerOf.has(p.location_id))
  if (!farmPairs.length) return next()

  const inventory = req.scope.resolve(Modules.INVENTORY)
  const locking = req.scope.resolve(Modules.LOCKING)
  const keys = farmPairs.flatMap((p) => stockLockKeys(p.location_id, [p.inventory_item_id])).sort()
  const ownerId = `farm-stock-edit:${Math.random().toString(36).slice(2)}${Date.now()}`
  await acquireStockLocks(locking, keys, ownerId)
  const read = async () => {
    const levels = await inventory.listInventoryLevels({
      inventory_item_id: [...new Set(farmPairs.map((p) => p.inventory_item_id))],
      location_id: [...new Set(farmPairs.map((p) => p.location_id))],
    })
    return new Map(
      levels.map((l) => [`${l.inventory_item_id}:${l.location_id}`, Number(l.stocked_quantity)])
    )
  }
  let before: Map<string, number>
  try {
    before = await read()
  } catch (error) {
    await locking.release(keys, { ownerId })
    throw error
  }

  let done = false
  const finish = async () => {
    if (done) return
    done = true
    try {
      if (res.statusCode >= 300) return
      const after = await read()
      const changed = farmPairs.filter(
        (p) =>
          (after.get(`${p.inventory_item_id}:${p.location_id}`) ?? 0) !==
          (before.get(`${p.inventory_item_id}:${p.location_id}`) ?? 0)
      )
      if (!changed.length) return
      const { data: variants } = await query.graph({
        entity: "inventory_item",
        fields: ["id", "variants.id", "variants.product_id"],
        filters: { id: changed.map((p) => p.inventory_item_id) },
      })
      const variantOf = new Map(
        (variants as { id: string; variants?: { id: string; product_id: string | null }[] }[]).map(
          (i) => [i.id, i.variants?.[0]]
        )
      )
      const rows = changed
        .filter((p) => variantOf.get(p.inventory_item_id))
        .map((p) => {
          const key = `${p.inventory_item_id}:${p.location_id}`
          const b = before.get(key) ?? 0
          const a = after.get(key) ?? 0
          const variant = variantOf.get(p.inventory_item_id)!
          return {
            partner_id: partnerOf.get(p.location_id)!,
            product_id: variant.product_id ?? null,
            variant_id: variant.id,
            inventory_item_id: p.inventory_item_id,
            location_id: p.location_id,
            reason: "manual" as const,
            before: b,
            after: a,
            delta: a - b,
            actor_type: "user",
            actor_id: req.auth_context?.actor_id ?? null,
            reference_id: null,
            note: null,
          }
        })
      if (rows.length)
        await req.scope.resolve<FarmModuleService>(FARM_MODULE).createFarmStockAudits(rows)
      for (const row of rows) {
        await checkLowStock(req.scope, {
          partner_id: row.partner_id,
          location_id: row.location_id,
          items: [{ variant_id: row.variant_id, inventory_item_id: row.inventory_item_id }],
        })
      }
    } finally {
      await locking.release(keys, { ownerId })
    }
  }
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const onEnd = () => finish().catch((error) => logger.error(`Farm stock audit failed: ${error}`))
  res.on("finish", onEnd)
  res.on("close", onEnd)
  next()
}
