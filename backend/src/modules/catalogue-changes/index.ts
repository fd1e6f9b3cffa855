import { Module } from "@medusajs/framework/utils"
import CatalogueChangesModuleService from "./service"

export const CATALOGUE_CHANGES_MODULE = "catalogue_changes"

export default Module(CATALOGUE_CHANGES_MODULE, {
  service: CatalogueChangesModuleService,
})

export type { CatalogueChangesModuleService }
export type {
  CatalogueState,
  PendingCover,
  PendingPages,
  PriceListBoundary,
} from "./repositories/catalogue-change"
export { TriggerInstall } from "./trigger-install"
