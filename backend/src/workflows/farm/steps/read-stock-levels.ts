import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const readStockLevelsStepId = "read-farm-stock-levels"

/** The stocked quantity of each inventory item at one location, by item id. */
export const readStockLevelsStep = createStep(
  readStockLevelsStepId,
  async (input: { location_id: string; inventory_item_ids: string[] }, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const levels = input.inventory_item_ids.length
      ? await inventory.listInventoryLevels({
          inventory_item_id: input.inventory_item_ids,
          location_id: input.location_id,
        })
      : []
    return new StepResponse(
      Object.fromEntries(
        levels.map((l) => [l.inventory_item_id, Number(l.stocked_quantity)])
      ) as Record<string, number>
    )
  }
)
