import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updatePriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { chinaDayEnd, chinaDayStart } from "../../shared/unit-prices"
import type { UnitPriceTierInput } from "../../types/http/unit-prices"
import { lockUnit } from "../unit/lock"
import { loadUnitStep } from "../unit/steps/load-unit"
import { replaceListPrices } from "./replace-list-prices"
import { loadVariantUnitPricesStep } from "./steps/load-variant-prices"
import { ensureNegotiatedPriceListStep } from "./steps/negotiated-price-list"
import { validateUnitTiersStep } from "./steps/validate-tiers"

export type SetNegotiatedPricesInput = {
  unit_id: string
  variant_id: string
  tiers: UnitPriceTierInput[]
  confirm_above_retail?: boolean
}

/**
 * The support team sets (or, with no tiers, removes) a variant's negotiated
 * tiers for one unit: its prices in the unit's own price list are replaced,
 * under the unit's lock; the list is created with the first price. Same rules
 * as the unit tiers (shared/unit-prices.ts). Every step undoes itself on failure.
 */
export const setNegotiatedPricesWorkflow = createWorkflow(
  "set-negotiated-prices",
  (input: SetNegotiatedPricesInput) => {
    const unlock = lockUnit(transform({ input }, ({ input }) => ({ unit_id: input.unit_id })))
    const unit = loadUnitStep(input.unit_id)
    const loaded = loadVariantUnitPricesStep(
      transform({ input, unit }, ({ input, unit }) => ({
        variant_id: input.variant_id,
        price_list_id: unit.price_list_id,
      }))
    )
    validateUnitTiersStep(
      transform({ input, loaded }, ({ input, loaded }) => ({
        loaded,
        tiers: input.tiers,
        confirm_above_retail: input.confirm_above_retail === true,
      }))
    )
    // removing what is not there changes nothing (and creates no list)
    const listId = ensureNegotiatedPriceListStep(
      transform({ unit, input }, ({ unit, input }) => ({ unit, create: input.tiers.length > 0 }))
    )
    replaceListPrices(
      transform({ input, listId, loaded }, ({ input, listId, loaded }) => ({
        list_id: listId ?? "",
        variant_id: input.variant_id,
        tiers: input.tiers,
        old_ids: loaded.unit_price_ids,
      }))
    )
    unlock()
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ unit_id: input.unit_id })))
  }
)

export type SetNegotiatedPeriodInput = {
  unit_id: string
  valid_from: string | null
  valid_until: string | null
}

/**
 * The period of a unit's negotiated prices (whole China-time days, null:
 * open), the list's `starts_at`/`ends_at`: Medusa applies the list only
 * inside it. The list is created if the unit has none yet.
 */
export const setNegotiatedPeriodWorkflow = createWorkflow(
  "set-negotiated-period",
  (input: SetNegotiatedPeriodInput) => {
    const unlock = lockUnit(transform({ input }, ({ input }) => ({ unit_id: input.unit_id })))
    const unit = loadUnitStep(input.unit_id)
    const listId = ensureNegotiatedPriceListStep(
      transform({ unit }, ({ unit }) => ({ unit, create: true }))
    )
    updatePriceListsWorkflow.runAsStep({
      input: transform({ input, listId }, ({ input, listId }) => ({
        price_lists_data: [
          {
            id: listId!,
            starts_at: input.valid_from ? chinaDayStart(input.valid_from).toISOString() : null,
            ends_at: input.valid_until ? chinaDayEnd(input.valid_until).toISOString() : null,
          },
        ],
      })),
    })
    unlock()
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ unit_id: input.unit_id })))
  }
)
