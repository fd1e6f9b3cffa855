import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { UnitCreateInput } from "../../shared/unit"
import { addUnitMemberStep } from "./steps/add-member"
import { createUnitStep } from "./steps/create-unit"
import { validateUnitIdentityStep } from "./steps/validate-new-unit"

export type CreateUnitInput = { data: UnitCreateInput; created_by: string | null }

/** The support team records a unit: pending until it is verified. */
export const createUnitWorkflow = createWorkflow("create-unit", (input: CreateUnitInput) => {
  validateUnitIdentityStep(
    transform({ input }, ({ input }) => ({ credit_code: input.data.credit_code }))
  )
  const unit = createUnitStep(input)
  return new WorkflowResponse(unit)
})

export type ApplyForUnitInput = { customer_id: string; data: UnitCreateInput }

/**
 * A signed-in customer applies for a unit from the storefront: a pending unit
 * with the customer as its 管理员. The customer must belong to no unit yet.
 */
export const applyForUnitWorkflow = createWorkflow("apply-for-unit", (input: ApplyForUnitInput) => {
  validateUnitIdentityStep(
    transform({ input }, ({ input }) => ({
      credit_code: input.data.credit_code,
      customer_id: input.customer_id,
    }))
  )
  const unit = createUnitStep(
    transform({ input }, ({ input }) => ({ data: input.data, created_by: input.customer_id }))
  )
  const member = addUnitMemberStep(
    transform({ input, unit }, ({ input, unit }) => ({
      unit_id: unit.id,
      customer_id: input.customer_id,
      role: "admin" as const,
      created_by: input.customer_id,
    }))
  )
  return new WorkflowResponse({ unit, member })
})
