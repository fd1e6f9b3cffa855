import type { MedusaContainer } from "@medusajs/framework/types"
import {
  InventoryEvents,
  InventoryItemWorkflowEvents,
  InventoryLevelWorkflowEvents,
  Modules,
  OrderEditWorkflowEvents,
  OrderWorkflowEvents,
  PricingEvents,
  ProductCategoryWorkflowEvents,
  ProductCollectionWorkflowEvents,
  ProductEvents,
  ProductOptionValueWorkflowEvents,
  ProductOptionWorkflowEvents,
  ProductTagWorkflowEvents,
  ProductTypeWorkflowEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
  RegionWorkflowEvents,
  ReservationItemWorkflowEvents,
  SalesChannelWorkflowEvents,
  TranslationWorkflowEvents,
} from "@medusajs/framework/utils"
import { PROVENANCE_EVENTS } from "../modules/provenance"

/**
 * Which events change what the store's product routes answer. Any of them
 * empties the catalogue cache (index.ts): the cache is shared by every
 * product, region and buyer, so a change is never partly seen.
 *
 * Medusa's workflow events (`product.updated`, `inventory-level.updated`, ...)
 * and the modules' own (`product.product-variant.updated`,
 * `inventory.reservation-item.created`, `pricing.price-list.updated`, ...: a
 * module called outside a core workflow, e.g. the unit prices or a farm's
 * stock), the orders that reserve, release and ship stock, and the shop's
 * provenance events (partner, town, a product's partner).
 */
const EVENT_GROUPS: Record<string, string>[] = [
  ProductWorkflowEvents,
  ProductVariantWorkflowEvents,
  ProductCategoryWorkflowEvents,
  ProductCollectionWorkflowEvents,
  ProductTypeWorkflowEvents,
  ProductTagWorkflowEvents,
  ProductOptionWorkflowEvents,
  ProductOptionValueWorkflowEvents,
  ProductEvents,
  PricingEvents,
  InventoryItemWorkflowEvents,
  InventoryLevelWorkflowEvents,
  ReservationItemWorkflowEvents,
  InventoryEvents,
  SalesChannelWorkflowEvents,
  RegionWorkflowEvents,
  TranslationWorkflowEvents,
  PROVENANCE_EVENTS,
]

const STOCK_ORDER_EVENTS = [
  OrderWorkflowEvents.PLACED,
  OrderWorkflowEvents.CANCELED,
  OrderWorkflowEvents.FULFILLMENT_CREATED,
  OrderWorkflowEvents.FULFILLMENT_CANCELED,
  OrderWorkflowEvents.RETURN_RECEIVED,
  OrderWorkflowEvents.CLAIM_CREATED,
  OrderWorkflowEvents.EXCHANGE_CREATED,
  OrderEditWorkflowEvents.CONFIRMED,
]

/** Every event name that empties the catalogue cache. */
export const CATALOGUE_EVENTS: string[] = [
  ...new Set([...EVENT_GROUPS.flatMap((group) => Object.values(group)), ...STOCK_ORDER_EVENTS]),
]
const CATALOGUE_EVENT_SET = new Set(CATALOGUE_EVENTS)

/** True when the event may change a store product answer. */
export function changesCatalogue(eventName: string): boolean {
  return CATALOGUE_EVENT_SET.has(eventName)
}

type Interceptable = {
  addInterceptor?: (interceptor: (message: { name: string }) => unknown) => void
}
const intercepted = new WeakSet<object>()

/**
 * Empties the catalogue cache the moment this process emits a catalogue
 * event (Medusa's event bus calls interceptors as it releases each event,
 * before the request that made the change answers). Called on the first
 * store product read of each process; the subscriber catalogue-cache.ts
 * covers events emitted by other processes.
 */
export function interceptCatalogueEvents(
  container: MedusaContainer,
  invalidate: (container: MedusaContainer) => Promise<void>
): void {
  const eventBus = container.resolve<Interceptable | undefined>(Modules.EVENT_BUS, {
    allowUnregistered: true,
  })
  if (!eventBus?.addInterceptor || intercepted.has(eventBus)) return
  intercepted.add(eventBus)
  eventBus.addInterceptor((message) => {
    if (changesCatalogue(message.name)) void invalidate(container)
  })
}
