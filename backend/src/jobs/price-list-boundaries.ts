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
 * STOREFRONT_URL and its secret it does nothing.
 */
export default async function priceListBoundariesJob(container: MedusaContainer) {
  if (!storefrontRevalidationConfigured()) return
  watch ??= new PriceListBoundaryWatch(
    container.resolve<CatalogueChangesModuleService>(CATALOGUE_CHANGES_MODULE),
    container.resolve(ContainerRegistrationKeys.LOGGER)
  )
  await watch.check()
}

export const config = {
  name: "price-list-boundaries",
  schedule: "* * * * *",
}
