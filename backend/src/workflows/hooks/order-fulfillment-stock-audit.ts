import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { FARM_MODULE, type FarmModuleService } from "../../modules/farm"
import { recordExternalStockMovement } from "../farm/record-external-stock-change"
import { FARM_SHIPMENT_METADATA_KEY } from "../farm/ship-lines"

/** A quantity from query.graph: the raw value when present (BigNumber fields), else the number. */
const qty = (raw: any, value: any) => Number(raw?.value ?? value ?? 0)

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
    if ((fulfillment as any)?.metadata?.[FARM_SHIPMENT_METADATA_KEY])
      return new StepResponse([] as string[], [] as string[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
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
    const found = data[0] as any
    if (!found || found.metadata?.[FARM_SHIPMENT_METADATA_KEY])
      return new StepResponse([] as string[], [] as string[])
    const ids = await recordExternalStockMovement(container, {
      location_id: found.location_id,
      reason: "sale",
      reference_id: found.id,
      actor_id: found.created_by ?? null,
      items: (found.items ?? [])
        .filter((i: any) => i.inventory_item_id)
        .map((i: any) => ({
          inventory_item_id: i.inventory_item_id,
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
