import { Module } from "@medusajs/framework/utils"
import RemittanceModuleService from "./service"

export const REMITTANCE_MODULE = "remittance"

export default Module(REMITTANCE_MODULE, {
  service: RemittanceModuleService,
})

export type { RemittanceModuleService }
