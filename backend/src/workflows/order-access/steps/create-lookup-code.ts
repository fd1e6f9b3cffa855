import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_ACCESS_MODULE, type OrderAccessModuleService } from "../../../modules/order-access"
import type { CreatedLookupCode } from "../../../modules/order-access/service"
import type { ContactChannel } from "../../../shared/contact"

export type CreateLookupCodeInput = { contact: string; channel: ContactChannel; client: string }

export const createLookupCodeStepId = "create-order-lookup-code"

/**
 * A new one-time code for a contact, unless the contact or the client has had
 * its hourly share (then nothing is written). Compensation deletes the code.
 */
export const createLookupCodeStep = createStep(
  createLookupCodeStepId,
  async (input: CreateLookupCodeInput, { container }) => {
    const access = container.resolve<OrderAccessModuleService>(ORDER_ACCESS_MODULE)
    const created: CreatedLookupCode = await access.createLookupCode(input)
    return new StepResponse(created, created.created ? created.id : null)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<OrderAccessModuleService>(ORDER_ACCESS_MODULE)
      .deleteOrderLookupCodes(id)
  }
)
