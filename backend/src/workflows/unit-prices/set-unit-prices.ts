import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { UnitPriceTierInput } from "../../types/http/unit-prices"
import { replaceListPrices } from "./replace-list-prices"
import { loadVariantUnitPricesStep } from "./steps/load-variant-prices"
import { ensureUnitPriceListStep } from "./steps/unit-price-list"
import { validateUnitTiersStep } from "./steps/validate-tiers"
import { syncVerifiedUnitsGroupStep } from "./steps/verified-units-group"

export type SetUnitPricesInput = {
  variant_id: string
  tiers: UnitPriceTierInput[]
  confirm_above_retail?: boolean
}

/** Unit price changes run one at a time (the list and the group are created once). */
const LOCK_KEY = "unit-prices"

/**
 * The support team sets a variant's unit tiers: its prices in the unit price
 * list are replaced by one price per tier (CNY, `min_quantity` and
 * `max_quantity` from the tiers); an empty list removes them. The list and
 * the 已认证单位 group are created on first use. Medusa's price list
 * workflows undo the prices, and the steps before them their own work, on failure.
 */
export const setUnitPricesWorkflow = createWorkflow(
  "set-unit-prices",
  (input: SetUnitPricesInput) => {
    acquireLockStep({ key: LOCK_KEY, timeout: 5, ttl: 30 })
    const loaded = loadVariantUnitPricesStep(
      transform({ input }, ({ input }) => ({ variant_id: input.variant_id }))
    )
    validateUnitTiersStep(
      transform({ input, loaded }, ({ input, loaded }) => ({
        loaded,
        tiers: input.tiers,
        confirm_above_retail: input.confirm_above_retail === true,
      }))
    )
    const groupId = syncVerifiedUnitsGroupStep({})
    const listId = ensureUnitPriceListStep(
      transform({ groupId }, ({ groupId }) => ({ group_id: groupId }))
    )
    replaceListPrices(
      transform({ input, listId, loaded }, ({ input, listId, loaded }) => ({
        list_id: listId,
        variant_id: input.variant_id,
        tiers: input.tiers,
        old_ids: loaded.unit_price_ids,
      }))
    )
    releaseLockStep({ key: LOCK_KEY })
    return new WorkflowResponse(
      transform({ input }, ({ input }) => ({ variant_id: input.variant_id }))
    )
  }
)
