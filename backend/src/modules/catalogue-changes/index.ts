import { Module } from "@medusajs/framework/utils"
import CatalogueChangesModuleService from "./service"

export const CATALOGUE_CHANGES_MODULE = "catalogue_changes"

export default Module(CATALOGUE_CHANGES_MODULE, {
  service: CatalogueChangesModuleService,
})

export type { CatalogueChangesModuleService }
export type { CatalogueState, PriceListBoundary } from "./repositories/catalogue-change"
export type { PendingCover, PendingPages } from "./repositories/catalogue-change-pending"
export { TriggerInstall } from "./trigger-install"
