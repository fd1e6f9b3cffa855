import { Module } from "@medusajs/framework/utils"
import UnitReportModuleService from "./service"

export const UNIT_REPORT_MODULE = "unit_report"

export default Module(UNIT_REPORT_MODULE, {
  service: UnitReportModuleService,
})

export type { UnitReportModuleService }
