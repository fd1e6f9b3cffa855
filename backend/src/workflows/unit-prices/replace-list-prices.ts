import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import {
  createPriceListPricesWorkflow,
  removePriceListPricesWorkflow,
} from "@medusajs/medusa/core-flows"
import { tierRanges } from "../../shared/unit-prices"
import type { UnitPriceTierInput } from "../../types/http/unit-prices"

export type ReplaceListPricesInput = {
  list_id: string
  variant_id: string
  tiers: UnitPriceTierInput[]
  /** the variant's prices in the list now */
  old_ids: string[]
}

/**
 * Replaces a variant's prices in a price list by one CNY price per tier
 * (`min_quantity`/`max_quantity` from the tiers); no tiers removes them.
 * Medusa's price list workflows undo themselves on a later failure.
 */
export function replaceListPrices(input: WorkflowData<ReplaceListPricesInput>) {
  // The old prices go before the new ones are added: Medusa's batch workflow runs its create
  // and delete side by side, and a new tier with an old tier's quantities lands on the old
  // price's row, which the delete then removes (editing a tier's price lost every tier).
  const removed = transform({ input }, ({ input }) => ({ ids: input.old_ids }))
  when({ removed }, ({ removed }) => removed.ids.length > 0).then(() =>
    removePriceListPricesWorkflow.runAsStep({ input: removed })
  )
  const created = transform({ input }, ({ input }) => ({
    data: [
      {
        id: input.list_id,
        prices: tierRanges(input.tiers).map((tier) => ({
          variant_id: input.variant_id,
          currency_code: "cny",
          amount: Number(tier.amount),
          min_quantity: tier.min_quantity,
          max_quantity: tier.max_quantity,
        })),
      },
    ],
  }))
  when({ created }, ({ created }) => created.data[0].prices.length > 0).then(() =>
    createPriceListPricesWorkflow.runAsStep({ input: created })
  )
}
