import type { CreateOrderDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Orders created per call to the order module: large enough to be quick, small enough for one statement. */
export const ORDER_BATCH = 100

export type CreatedBulkOrder = {
  id: string
  items: { id: string; variant_id: string | null }[]
}

export const createBulkOrdersStepId = "create-bulk-orders"

/**
 * Creates the bulk order's Medusa orders in batches (the order module's
 * `createOrders`, as Medusa's createOrdersStep does for one call).
 * Compensation deletes every order created, also when a later batch failed.
 */
export const createBulkOrdersStep = createStep(
  createBulkOrdersStepId,
  async (orders: CreateOrderDTO[], { container }) => {
    const service = container.resolve(Modules.ORDER)
    const created: CreatedBulkOrder[] = []
    try {
      for (let i = 0; i < orders.length; i += ORDER_BATCH) {
        const batch = await service.createOrders(orders.slice(i, i + ORDER_BATCH))
        for (const order of batch)
          created.push({
            id: order.id,
            items: (order.items ?? []).map((item) => ({
              id: item.id,
              variant_id: item.variant_id ?? null,
            })),
          })
      }
    } catch (error) {
      if (created.length) await service.deleteOrders(created.map((o) => o.id))
      throw error
    }
    return new StepResponse(
      created,
      created.map((o) => o.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve(Modules.ORDER).deleteOrders(ids)
  }
)
