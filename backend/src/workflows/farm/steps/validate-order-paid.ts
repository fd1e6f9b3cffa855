import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { AID_MODULE, type AidModuleService } from "../../../modules/aid"

export const validateOrderPaidStepId = "validate-order-paid"

/** The answer to shipping an order that is not paid yet (a 400). */
export function orderNotPaidError(orderId: string) {
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Order ${orderId} is not paid yet: its lines can be shipped once the payment is confirmed`
  )
}

/**
 * Refuses an order that is not paid yet (the aid module's rule: its payments
 * captured in full). Reads only, so there is nothing to undo.
 */
export const validateOrderPaidStep = createStep(
  validateOrderPaidStepId,
  async (input: { order_id: string }, { container }) => {
    const aid = container.resolve<AidModuleService>(AID_MODULE)
    const paidAt = (await aid.paidAt([input.order_id])).get(input.order_id)
    if (!paidAt) throw orderNotPaidError(input.order_id)
  }
)
