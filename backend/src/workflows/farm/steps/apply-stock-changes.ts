import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type StockChange = {
  variant_id: string
  product_id: string | null
  inventory_item_id: string
  /** "set": the stocked quantity becomes `quantity`; "adjust": `quantity` is added (may be negative) */
  mode: "set" | "adjust"
  quantity: number
}

export type AppliedStockChange = Omit<StockChange, "mode" | "quantity"> & {
  location_id: string
  before: number
  after: number
  delta: number
}

export const applyStockChangesStepId = "apply-farm-stock-changes"

/**
 * Applies stock changes at one location with Medusa's inventory module
 * (adjustInventory), reading each level first so the change can be audited;
 * refused below 0 and (when lowering) below what orders have reserved.
 * Callers hold the location's stock lock. Compensation takes every applied
 * delta back.
 */
export const applyStockChangesStep = createStep(
  applyStockChangesStepId,
  async (input: { location_id: string; changes: StockChange[] }, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const applied: AppliedStockChange[] = []
    const undo = async () => {
      for (const change of applied.reverse()) {
        if (change.delta)
          await inventory.adjustInventory(
            change.inventory_item_id,
            input.location_id,
            -change.delta
          )
      }
    }
    try {
      for (const change of input.changes) {
        const [level] = await inventory.listInventoryLevels({
          inventory_item_id: change.inventory_item_id,
          location_id: input.location_id,
        })
        if (!level) {
          throw new MedusaError(
            MedusaError.Types.NOT_FOUND,
            `Variant "${change.variant_id}" has no stock level at the farm's location`
          )
        }
        const before = Number(level.stocked_quantity)
        const after = change.mode === "set" ? change.quantity : before + change.quantity
        if (after < 0) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `Stock of variant "${change.variant_id}" cannot go below 0 (now ${before}, change ${change.mode === "set" ? `to ${after}` : change.quantity})`
          )
        }
        // units orders hold (placed, not shipped yet) stay in stock: below
        // them a paid order could not be shipped
        const reserved = Number(level.reserved_quantity ?? 0)
        if (after < before && after < reserved) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `Stock of variant "${change.variant_id}" cannot go below what orders have reserved (reserved ${reserved}, now ${before}, change ${change.mode === "set" ? `to ${after}` : change.quantity}) (库存不能少于订单已预留的 ${reserved} 件)`
          )
        }
        const delta = after - before
        if (delta)
          await inventory.adjustInventory(change.inventory_item_id, input.location_id, delta)
        applied.push({
          variant_id: change.variant_id,
          product_id: change.product_id,
          inventory_item_id: change.inventory_item_id,
          location_id: input.location_id,
          before,
          after,
          delta,
        })
      }
    } catch (error) {
      await undo()
      throw error
    }
    return new StepResponse(applied, { location_id: input.location_id, applied })
  },
  async (data, { container }) => {
    if (!data) return
    const inventory = container.resolve(Modules.INVENTORY)
    for (const change of [...data.applied].reverse()) {
      if (change.delta)
        await inventory.adjustInventory(change.inventory_item_id, data.location_id, -change.delta)
    }
  }
)
