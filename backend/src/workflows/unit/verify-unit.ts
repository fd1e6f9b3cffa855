import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createCustomerGroupsStep,
  linkCustomersToCustomerGroupStep,
} from "@medusajs/medusa/core-flows"
import { PriceListStatus } from "@medusajs/framework/utils"
import { setNegotiatedListStatus } from "../unit-prices/negotiated-list-status"
import { syncVerifiedUnitsGroupStep } from "../unit-prices/steps/verified-units-group"
import { lockUnit } from "./lock"
import { loadUnitStep } from "./steps/load-unit"
import { updateUnitStep } from "./steps/update-unit"
import { validateUnitStatusStep } from "./steps/validate-status"

export type VerifyUnitInput = { id: string; user_id: string | null }

/** The customer group of a unit: named after it (with its credit code, as group names are unique). */
export const unitGroupName = (unit: { name: string; credit_code: string }) =>
  `${unit.name}（${unit.credit_code}）`

/**
 * The support team verifies a pending unit (or enables a disabled one again):
 * the unit gets its customer group on first verification, and every member
 * joins it and the shared 已认证单位 group (the unit prices). Each step is undone if a later one fails.
 */
export const verifyUnitWorkflow = createWorkflow("verify-unit", (input: VerifyUnitInput) => {
  const unlock = lockUnit(transform({ input }, ({ input }) => ({ unit_id: input.id })))
  const unit = loadUnitStep(input.id)
  validateUnitStatusStep(
    transform({ unit }, ({ unit }) => ({
      status: unit.status,
      from: ["pending" as const, "disabled" as const],
      action: "认证",
    }))
  )
  const created = when({ unit }, ({ unit }) => !unit.customer_group_id).then(() =>
    createCustomerGroupsStep(
      transform({ unit, input }, ({ unit, input }) => [
        {
          name: unitGroupName(unit),
          metadata: { unit_id: unit.id },
          created_by: input.user_id ?? undefined,
        },
      ])
    )
  )
  const groupId = transform(
    { unit, created },
    ({ unit, created }) => unit.customer_group_id ?? created![0].id
  )
  const verified = updateUnitStep(
    transform({ unit, input, groupId }, ({ unit, input, groupId }) => ({
      id: unit.id,
      status: "verified",
      verified_at: new Date(),
      verified_by: input.user_id,
      reason: null,
      customer_group_id: groupId,
    }))
  )
  when({ unit }, ({ unit }) => unit.customer_ids.length > 0).then(() =>
    linkCustomersToCustomerGroupStep(
      transform({ unit, groupId }, ({ unit, groupId }) => ({ id: groupId, add: unit.customer_ids }))
    )
  )
  // every member of a verified unit gets the unit prices (see unit-prices/)
  syncVerifiedUnitsGroupStep(transform({ unit }, ({ unit }) => ({ add: unit.customer_ids })))
  setNegotiatedListStatus(unit, PriceListStatus.ACTIVE)
  unlock()
  return new WorkflowResponse(verified)
})
