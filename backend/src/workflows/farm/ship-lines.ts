import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
} from "@medusajs/medusa/core-flows"
import { acquireStockLock, releaseStockLock } from "./adjust-stock"
import { stockLockKeys } from "./stock-lock"
import { checkLowStockStep } from "./steps/check-low-stock"
import { readStockLevelsStep } from "./steps/read-stock-levels"
import { recordStockAuditStep } from "./steps/record-stock-audit"
import { validateOrderPaidStep } from "./steps/validate-order-paid"

export type ShipFarmLinesInput = {
  partner_id: string
  order_id: string
  location_id: string
  shipping_option_id: string
  carrier: string
  tracking_number: string
  actor_id: string | null
  items: {
    id: string
    quantity: number
    variant_id: string
    product_id: string
    inventory_item_id: string
  }[]
}

/** Marks fulfillments the farm created itself, so the audit subscriber does not count them twice. */
export const FARM_SHIPMENT_METADATA_KEY = "farm_shipment"

/**
 * A farm ships order lines of a paid order (an unpaid one is refused before
 * anything is written): Medusa's fulfillment is created from the farm's
 * stock location with the shipping option of the items' profile, then marked
 * shipped with the carrier's tracking number (the buyer sees it on the order).
 * The stock that leaves is audited as "sale"; on failure Medusa's own
 * workflows undo the fulfillment and the stock movement.
 */
export const shipFarmLinesWorkflow = createWorkflow(
  "ship-farm-order-lines",
  (input: ShipFarmLinesInput) => {
    validateOrderPaidStep({ order_id: input.order_id })
    const itemIds = transform({ input }, ({ input }) => input.items.map((i) => i.inventory_item_id))
    const keys = transform({ input, itemIds }, ({ input, itemIds }) =>
      stockLockKeys(input.location_id, itemIds)
    )
    const owner = acquireStockLock(keys)
    const before = readStockLevelsStep({
      location_id: input.location_id,
      inventory_item_ids: itemIds,
    }).config({
      name: "read-stock-before-shipping",
    })

    const labels = transform({ input }, ({ input }) => [
      { tracking_number: input.tracking_number, tracking_url: "", label_url: "" },
    ])
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ input, labels }, ({ input, labels }) => ({
        order_id: input.order_id,
        location_id: input.location_id,
        shipping_option_id: input.shipping_option_id,
        items: input.items.map((i) => ({ id: i.id, quantity: i.quantity })),
        created_by: input.actor_id ?? undefined,
        labels,
        metadata: {
          [FARM_SHIPMENT_METADATA_KEY]: true,
          partner_id: input.partner_id,
          carrier: input.carrier,
          tracking_number: input.tracking_number,
        },
      })),
    })
    createOrderShipmentWorkflow.runAsStep({
      input: transform({ input, fulfillment, labels }, ({ input, fulfillment, labels }) => ({
        order_id: input.order_id,
        fulfillment_id: fulfillment.id,
        items: input.items.map((i) => ({ id: i.id, quantity: i.quantity })),
        labels,
        created_by: input.actor_id ?? undefined,
      })),
    })

    const after = readStockLevelsStep({
      location_id: input.location_id,
      inventory_item_ids: itemIds,
    }).config({
      name: "read-stock-after-shipping",
    })
    recordStockAuditStep(
      transform({ input, before, after, fulfillment }, ({ input, before, after, fulfillment }) => {
        const seen = new Set<string>()
        return {
          partner_id: input.partner_id,
          reason: "sale" as const,
          actor_id: input.actor_id,
          reference_id: fulfillment.id,
          note: `${input.carrier} ${input.tracking_number}`,
          changes: input.items
            .filter((i) => !seen.has(i.inventory_item_id) && seen.add(i.inventory_item_id))
            .map((i) => ({
              variant_id: i.variant_id,
              product_id: i.product_id,
              inventory_item_id: i.inventory_item_id,
              location_id: input.location_id,
              before: before[i.inventory_item_id] ?? 0,
              after: after[i.inventory_item_id] ?? 0,
              delta: (after[i.inventory_item_id] ?? 0) - (before[i.inventory_item_id] ?? 0),
            })),
        }
      })
    )
    releaseStockLock(keys, owner)
    checkLowStockStep(
      transform({ input }, ({ input }) => ({
        partner_id: input.partner_id,
        location_id: input.location_id,
        items: input.items.map((i) => ({
          variant_id: i.variant_id,
          inventory_item_id: i.inventory_item_id,
        })),
      }))
    )
    return new WorkflowResponse(fulfillment)
  }
)
