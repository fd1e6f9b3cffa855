import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { invalidateCatalogue } from "../catalog-cache"
import { CATALOGUE_EVENTS } from "../catalog-cache/events"

/**
 * Empties the store's catalogue cache (catalog-cache/) on any event that may
 * change a product answer: a price, stock, publish status, title, partner or
 * town. The process that emits the event has already done it through its
 * event-bus interceptor; this covers events of other processes (a worker's
 * jobs, another server) on the shared Redis cache.
 */
export default async function catalogueCacheHandler({ container }: SubscriberArgs<unknown>) {
  await invalidateCatalogue(container)
}

export const config: SubscriberConfig = {
  event: CATALOGUE_EVENTS,
  context: { subscriberId: "catalogue-cache" },
}
