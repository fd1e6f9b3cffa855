import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateCustomerGroupsStep } from "@medusajs/medusa/core-flows"
import type { UnitUpdateInput } from "../../shared/unit"
import { renameNegotiatedList } from "../unit-prices/negotiated-list-status"
import { lockUnit } from "./lock"
import { loadUnitStep } from "./steps/load-unit"
import { updateUnitStep } from "./steps/update-unit"
import { validateUnitDetailsStep } from "./steps/validate-details"
import { validateUnitIdentityStep } from "./steps/validate-new-unit"
import { unitGroupName } from "./verify-unit"

export type UpdateUnitInput = {
  id: string
  data: UnitUpdateInput
  /** the store's 管理员: name, kind and credit code only while the unit is pending */
  identity_locked_when_verified?: boolean
}

/**
 * Updates a unit's details. Invoice details are merged onto the stored ones
 * (a 专票 must stay complete); a new name or credit code renames the unit's
 * customer group, a new name its negotiated price list.
 */
export const updateUnitWorkflow = createWorkflow("update-unit", (input: UpdateUnitInput) => {
  const unlock = lockUnit(transform({ input }, ({ input }) => ({ unit_id: input.id })))
  const unit = loadUnitStep(input.id)
  const fields = validateUnitDetailsStep(
    transform({ unit, input }, ({ unit, input }) => ({ unit, ...input }))
  )
  validateUnitIdentityStep(
    transform({ input }, ({ input }) => ({
      credit_code: input.data.credit_code,
      unit_id: input.id,
    }))
  )
  const updated = updateUnitStep(fields)
  when({ unit, input }, ({ unit, input }) =>
    Boolean(unit.customer_group_id && (input.data.name || input.data.credit_code))
  ).then(() =>
    updateCustomerGroupsStep(
      transform({ unit, updated }, ({ unit, updated }) => ({
        selector: { id: unit.customer_group_id! },
        update: { name: unitGroupName(updated) },
      }))
    )
  )
  renameNegotiatedList(
    unit,
    updated,
    transform(
      { unit, input },
      ({ unit, input }) => !!input.data.name && input.data.name !== unit.name
    )
  )
  unlock()
  return new WorkflowResponse(updated)
})
