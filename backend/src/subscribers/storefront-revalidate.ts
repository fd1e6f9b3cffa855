import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  CATALOGUE_CHANGES_MODULE,
  type CatalogueChangesModuleService,
} from "../modules/catalogue-changes"
import { PROVENANCE_EVENTS } from "../modules/provenance"
import { pendingCoveredBy } from "../utils/pending-pages"
import { storefrontTagsOf } from "../utils/storefront-tags"
import { StorefrontTagWindow } from "../utils/storefront-tag-window"
import {
  sendStorefrontTags,
  storefrontRevalidationConfigured,
} from "../utils/storefront-revalidation"

/**
 * Keeps the storefront's cached pages fresh: product, variant, price, stock,
 * order and provenance changes POST the cache tags they touch to the
 * storefront's /api/revalidate (utils/storefront-tags.ts: one product's
 * change expires that product's page and the listings, not the other
 * products' pages), which expires them at once, so no page shows an old
 * price or stock.
 *
 * Needs STOREFRONT_URL and STOREFRONT_REVALIDATE_SECRET; without them it does
 * nothing. It never fails the event (utils/storefront-revalidation.ts). Price
 * lists that start or end, with nothing written then, and catalogue writes with
 * no event are the price-list-boundaries job's (jobs/price-list-boundaries.ts):
 * each send takes the catalogue's pending changes it covers (utils/pending-pages.ts),
 * the job sends what is left. Bursts of events (a seed, a
 * batch edit, a checkout's reservations) are coalesced into one request per
 * short window (utils/storefront-tag-window.ts: a variant's replaced prices
 * expire that variant's product, not every product page).
 */

/** Milliseconds events are gathered before one request goes out. */
const WINDOW_MS = 200

let pending: StorefrontTagWindow | null = null

export default async function storefrontRevalidateHandler({
  event,
  container,
}: SubscriberArgs<unknown>) {
  if (!storefrontRevalidationConfigured()) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const tags = storefrontTagsOf(query, event, (error) =>
    logger.warn(
      `Storefront revalidation: the products of ${event.name} could not be read ` +
        `(${error instanceof Error ? error.message : String(error)}); every product page expires`
    )
  )
  if (pending) {
    pending.join(event, tags)
    return
  }
  const window = new StorefrontTagWindow()
  window.join(event, tags)
  pending = window
  await new Promise((resolve) => setTimeout(resolve, WINDOW_MS))
  pending = null
  await window.settled()
  const batch = window.batch()
  // the catalogue's pending changes this send covers, taken before it (so committed before
  // the pages read again): the price-list-boundaries job sends the rest
  await container
    .resolve<CatalogueChangesModuleService>(CATALOGUE_CHANGES_MODULE)
    .takePendingOf(pendingCoveredBy(batch))
    .catch((error: unknown) =>
      logger.warn(
        `Storefront revalidation: the pending catalogue changes could not be taken ` +
          `(${error instanceof Error ? error.message : String(error)}); the minute job sends them`
      )
    )
  await sendStorefrontTags(batch, logger)
}

export const config: SubscriberConfig = {
  event: [
    // Workflow events (@medusajs/utils core-flows/events)
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "product-category.created",
    "product-category.updated",
    "product-category.deleted",
    "inventory-item.created",
    "inventory-item.updated",
    "inventory-item.deleted",
    "inventory-level.created",
    "inventory-level.updated",
    "inventory-level.deleted",
    "reservation-item.created",
    "reservation-item.updated",
    "reservation-item.deleted",
    // Inventory module events: stock changed by a call to the module itself
    // (e.g. a farm's stock workflows), not through a core workflow
    "inventory.inventory-level.created",
    "inventory.inventory-level.updated",
    "inventory.inventory-level.deleted",
    "inventory.reservation-item.created",
    "inventory.reservation-item.updated",
    "inventory.reservation-item.deleted",
    // Orders reserve and release stock
    "order.placed",
    "order.canceled",
    // Towns and partners (provenance module)
    ...Object.values(PROVENANCE_EVENTS),
    // Pricing module events (prices and price lists changed outside a variant update)
    "pricing.price.created",
    "pricing.price.updated",
    "pricing.price.deleted",
    "pricing.price-list.created",
    "pricing.price-list.updated",
    "pricing.price-list.deleted",
  ],
  context: { subscriberId: "storefront-revalidate" },
}
