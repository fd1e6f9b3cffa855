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

/** The order metadata key that numbers a bulk order's parcels (0, 1, …), in the input's order. */
export const BULK_PARCEL_METADATA_KEY = "bulk_parcel"

const parcelOf = (order: { metadata?: Record<string, unknown> | null }) =>
  Number(order.metadata?.[BULK_PARCEL_METADATA_KEY])

/**
 * The created orders in the order of their input: the order module does not
 * promise to answer a batch in the order it was given, and everything after
 * this step (reservations, payment collections, links) pairs orders with
 * parcels by position.
 */
function inInputOrder(input: CreateOrderDTO[], created: OrderDTO[]): OrderDTO[] {
  const byParcel = new Map(created.map((o) => [parcelOf(o), o]))
  return input.map((o) => {
    const found = byParcel.get(parcelOf(o))
    if (!found || byParcel.size !== input.length) {
      throw new Error(`Bulk order parcel ${parcelOf(o)} was not created as expected`)
    }
    return found
  })
}

const brief = (order: OrderDTO): CreatedBulkOrder => ({
  id: order.id,
  items: (order.items ?? []).map((item) => ({ id: item.id, variant_id: item.variant_id ?? null })),
})

/**
 * Creates the bulk order's Medusa orders in batches (the order module's
 * `createOrders`, as Medusa's createOrdersStep does for one call), a few
 * batches at a time, answered in the input's order (each input carries its
 * parcel number in `metadata.bulk_parcel`, see `inInputOrder`). Compensation deletes
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
          const created = await service.createOrders(batches[at])
          done[at] = inInputOrder(batches[at], created).map(brief)
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
