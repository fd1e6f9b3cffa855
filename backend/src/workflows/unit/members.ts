import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import type { UnitMemberRole } from "../../types/http/unit"
import { addUnitMemberStep } from "./steps/add-member"
import { syncVerifiedUnitsGroupStep } from "../unit-prices/steps/verified-units-group"
import { lockUnit } from "./lock"
import { findCustomerAccountStep } from "./steps/find-customer"
import { loadUnitStep } from "./steps/load-unit"
import { removeUnitMemberStep } from "./steps/remove-member"
import { updateUnitMemberStep } from "./steps/update-member"
import { validateUnitMemberChangeStep } from "./steps/validate-member-change"
import { validateUnitIdentityStep } from "./steps/validate-new-unit"

export type AddUnitMemberInput = {
  unit_id: string
  email: string
  role: UnitMemberRole
  created_by: string | null
}

/**
 * Adds an existing customer account (found by its e-mail) to a unit; in a
 * verified unit the customer joins the unit's customer group and the
 * shared 已认证单位 group (the unit prices) too.
 */
export const addUnitMemberWorkflow = createWorkflow(
  "add-unit-member",
  (input: AddUnitMemberInput) => {
    const unlock = lockUnit(input)
    const unit = loadUnitStep(input.unit_id)
    const customer = findCustomerAccountStep(input.email)
    validateUnitIdentityStep(
      transform({ customer }, ({ customer }) => ({ customer_id: customer.id }))
    )
    const member = addUnitMemberStep(
      transform({ input, customer }, ({ input, customer }) => ({
        unit_id: input.unit_id,
        customer_id: customer.id,
        role: input.role,
        created_by: input.created_by,
      }))
    )
    when({ unit }, ({ unit }) => unit.status === "verified" && !!unit.customer_group_id).then(() =>
      linkCustomersToCustomerGroupStep(
        transform({ unit, customer }, ({ unit, customer }) => ({
          id: unit.customer_group_id!,
          add: [customer.id],
        }))
      )
    )
    when({ unit }, ({ unit }) => unit.status === "verified").then(() =>
      syncVerifiedUnitsGroupStep(
        transform({ customer }, ({ customer }) => ({ add: [customer.id] }))
      )
    )
    unlock()
    return new WorkflowResponse(member)
  }
)

export type UpdateUnitMemberInput = { unit_id: string; member_id: string; role: UnitMemberRole }

/** Changes a member's role; the unit's last 管理员 keeps the role. */
export const updateUnitMemberWorkflow = createWorkflow(
  "update-unit-member",
  (input: UpdateUnitMemberInput) => {
    const unlock = lockUnit(input)
    validateUnitMemberChangeStep(input)
    const member = updateUnitMemberStep(
      transform({ input }, ({ input }) => ({ id: input.member_id, role: input.role }))
    )
    unlock()
    return new WorkflowResponse(member)
  }
)

export type RemoveUnitMemberInput = { unit_id: string; member_id: string }

/** Removes a member (never the last 管理员); the customer leaves the unit's
 * customer group and the 已认证单位 group. */
export const removeUnitMemberWorkflow = createWorkflow(
  "remove-unit-member",
  (input: RemoveUnitMemberInput) => {
    const unlock = lockUnit(input)
    const unit = loadUnitStep(input.unit_id)
    const member = validateUnitMemberChangeStep(
      transform({ input }, ({ input }) => ({ ...input, role: null }))
    )
    removeUnitMemberStep(transform({ member }, ({ member }) => member.id))
    when({ unit }, ({ unit }) => !!unit.customer_group_id).then(() =>
      linkCustomersToCustomerGroupStep(
        transform({ unit, member }, ({ unit, member }) => ({
          id: unit.customer_group_id!,
          remove: [member.customer_id],
        }))
      )
    )
    syncVerifiedUnitsGroupStep(
      transform({ member }, ({ member }) => ({ remove: [member.customer_id] }))
    )
    unlock()
    return new WorkflowResponse(member)
  }
)
