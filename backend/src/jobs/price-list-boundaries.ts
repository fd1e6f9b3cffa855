import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  CATALOGUE_CHANGES_MODULE,
  type CatalogueChangesModuleService,
} from "../modules/catalogue-changes"
import { PriceListBoundaryWatch } from "../utils/price-list-boundaries"
import { storefrontRevalidationConfigured } from "../utils/storefront-revalidation"

let watch: PriceListBoundaryWatch | null = null

/**
 * Every minute, in the worker: the storefront's pages expire when a price
 * list starts or ends (utils/price-list-boundaries.ts), since Medusa writes
 * nothing then, and after a catalogue write that sent no event. Without
 * STOREFRONT_URL and its secret it sends nothing, and still takes the
 * catalogue's pending changes, so that they do not pile up.
 */
export default async function priceListBoundariesJob(container: MedusaContainer) {
  const changes = container.resolve<CatalogueChangesModuleService>(CATALOGUE_CHANGES_MODULE)
  if (!storefrontRevalidationConfigured()) {
    await changes.takePending()
    return
  }
  watch ??= new PriceListBoundaryWatch(changes, container.resolve(ContainerRegistrationKeys.LOGGER))
  await watch.check()
}

export const config = {
  name: "price-list-boundaries",
  schedule: "* * * * *",
}
