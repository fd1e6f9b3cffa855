import type { CreateOrderDTO, OrderDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Orders created per call to the order module (one transaction each). */
export const ORDER_BATCH = 50
/** Calls in flight at once: the module creates a batch's orders one by one, so batches overlap. */
export const ORDER_BATCH_CONCURRENCY = 3

export type CreatedBulkOrder = {
  id: string
  items: { id: string; variant_id: string | null }[]
}

export const createBulkOrdersStepId = "create-bulk-orders"

const brief = (order: OrderDTO): CreatedBulkOrder => ({
  id: order.id,
  items: (order.items ?? []).map((item) => ({ id: item.id, variant_id: item.variant_id ?? null })),
})

/**
 * Creates the bulk order's Medusa orders in batches (the order module's
 * `createOrders`, as Medusa's createOrdersStep does for one call), a few
 * batches at a time, answered in the input's order. Compensation deletes
 * every order created, also when one batch failed and others did not.
 */
export const createBulkOrdersStep = createStep(
  createBulkOrdersStepId,
  async (orders: CreateOrderDTO[], { container }) => {
    const service = container.resolve(Modules.ORDER)
    const batches: CreateOrderDTO[][] = []
    for (let i = 0; i < orders.length; i += ORDER_BATCH)
      batches.push(orders.slice(i, i + ORDER_BATCH))
    const done: (CreatedBulkOrder[] | null)[] = batches.map(() => null)
    let next = 0
    let failure: unknown = null
    const worker = async () => {
      while (next < batches.length && !failure) {
        const at = next++
        try {
          done[at] = (await service.createOrders(batches[at])).map(brief)
        } catch (error) {
          failure = failure ?? error
        }
      }
    }
    await Promise.all(Array.from({ length: ORDER_BATCH_CONCURRENCY }, worker))
    const created = done.flatMap((batch) => batch ?? [])
    if (failure) {
      if (created.length) await service.deleteOrders(created.map((o) => o.id))
      throw failure
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
