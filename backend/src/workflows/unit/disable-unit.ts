import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { PriceListStatus } from "@medusajs/framework/utils"
import { setNegotiatedListStatus } from "../unit-prices/negotiated-list-status"
import { syncVerifiedUnitsGroupStep } from "../unit-prices/steps/verified-units-group"
import { lockUnit } from "./lock"
import { loadUnitStep } from "./steps/load-unit"
import { updateUnitStep } from "./steps/update-unit"
import { validateUnitStatusStep } from "./steps/validate-status"

export type DisableUnitInput = { id: string; reason: string | null }

/**
 * The support team disables a unit: its members leave the unit's customer
 * group and the shared 已认证单位 group (no unit prices) and can no longer act as the unit; verifying it
 * again brings them back.
 */
export const disableUnitWorkflow = createWorkflow("disable-unit", (input: DisableUnitInput) => {
  const unlock = lockUnit(transform({ input }, ({ input }) => ({ unit_id: input.id })))
  const unit = loadUnitStep(input.id)
  validateUnitStatusStep(
    transform({ unit }, ({ unit }) => ({
      status: unit.status,
      from: ["pending" as const, "verified" as const],
      action: "停用",
    }))
  )
  const disabled = updateUnitStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      status: "disabled",
      reason: input.reason,
    }))
  )
  when({ unit }, ({ unit }) => !!unit.customer_group_id && unit.customer_ids.length > 0).then(() =>
    linkCustomersToCustomerGroupStep(
      transform({ unit }, ({ unit }) => ({
        id: unit.customer_group_id!,
        remove: unit.customer_ids,
      }))
    )
  )
  // the unit prices stop at once: its members leave the 已认证单位 group
  syncVerifiedUnitsGroupStep(transform({ unit }, ({ unit }) => ({ remove: unit.customer_ids })))
  setNegotiatedListStatus(unit, PriceListStatus.DRAFT)
  unlock()
  return new WorkflowResponse(disabled)
})
