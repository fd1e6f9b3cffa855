import { Module } from "@medusajs/framework/utils"
import BulkOrderModuleService from "./service"

export const BULK_ORDER_MODULE = "bulk_order"

export default Module(BULK_ORDER_MODULE, {
  service: BulkOrderModuleService,
})

export type { BulkOrderModuleService }
