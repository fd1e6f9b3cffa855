import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { FARM_MODULE, type FarmModuleService } from "../../modules/farm"
import { recordExternalStockMovement } from "../farm/record-external-stock-change"
import { FARM_SHIPMENT_METADATA_KEY } from "../farm/ship-lines"
import { queryRow } from "../../utils/query"

/** A quantity from query.graph: the raw value when present (BigNumber fields), else the number. */
const qty = (
  raw: { value?: string | number } | null | undefined,
  value: number | null | undefined
) => Number(raw?.value ?? value ?? 0)

type FulfillmentRow = {
  id: string
  location_id: string
  metadata: Record<string, unknown> | null
  created_by: string | null
  items:
    | {
        inventory_item_id: string | null
        quantity: number | null
        raw_quantity: { value?: string | number } | null
      }[]
    | null
}

/**
 * Stock that leaves a farm's location through a fulfillment made outside
 * 我的农场 (e.g. on the admin's order page) is audited as "sale" in the same
 * workflow, right after Medusa moved the stock: the audit's before and after
 * are the level at that moment, whatever happens to the worker or the event
 * bus afterwards, and a failure undoes the fulfillment with its audit.
 * 我的农场's own shipments (ship-lines) audit themselves under the farm's lock.
 */
createOrderFulfillmentWorkflow.hooks.fulfillmentCreated(
  async ({ fulfillment }, { container }) => {
    if (fulfillment?.metadata?.[FARM_SHIPMENT_METADATA_KEY])
      return new StepResponse([] as string[], [] as string[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const found = await queryRow<FulfillmentRow>(query, {
      entity: "fulfillment",
      fields: [
        "id",
        "location_id",
        "metadata",
        "created_by",
        "items.inventory_item_id",
        "items.quantity",
        "items.raw_quantity",
      ],
      filters: { id: fulfillment.id },
    })
    if (!found || found.metadata?.[FARM_SHIPMENT_METADATA_KEY])
      return new StepResponse([] as string[], [] as string[])
    const ids = await recordExternalStockMovement(container, {
      location_id: found.location_id,
      reason: "sale",
      reference_id: found.id,
      actor_id: found.created_by ?? null,
      items: (found.items ?? [])
        .filter((i) => i.inventory_item_id)
        .map((i) => ({
          inventory_item_id: i.inventory_item_id!,
          delta: -qty(i.raw_quantity, i.quantity),
        })),
    })
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<FarmModuleService>(FARM_MODULE).deleteFarmStockAudits(ids)
  }
)
