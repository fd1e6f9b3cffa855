import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_ACCESS_MODULE, type OrderAccessModuleService } from "../../../modules/order-access"
import type { LookupCodeCheck } from "../../../modules/order-access/service"

export type UseLookupCodeInput = { contact: string; code: string }

export const useLookupCodeStepId = "use-order-lookup-code"

/**
 * Checks a code and, when right, uses it up. A wrong code stays counted (that
 * is the point of the attempt limit); compensation only puts back a code this
 * step used, if a later step fails.
 */
export const useLookupCodeStep = createStep(
  useLookupCodeStepId,
  async (input: UseLookupCodeInput, { container }) => {
    const access = container.resolve<OrderAccessModuleService>(ORDER_ACCESS_MODULE)
    const check: LookupCodeCheck = await access.checkLookupCode(input)
    return new StepResponse(check, check.ok ? check.code_id : null)
  },
  async (codeId, { container }) => {
    if (!codeId) return
    await container.resolve<OrderAccessModuleService>(ORDER_ACCESS_MODULE).releaseLookupCode(codeId)
  }
)
