import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_ACCESS_MODULE, type OrderAccessModuleService } from "../../../modules/order-access"

export const contactHasOrdersStepId = "order-lookup-contact-has-orders"

/** Whether any order was placed with a contact (reads only: nothing to undo). */
export const contactHasOrdersStep = createStep(
  contactHasOrdersStepId,
  async (contact: string, { container }) => {
    const access = container.resolve<OrderAccessModuleService>(ORDER_ACCESS_MODULE)
    return new StepResponse(await access.contactHasOrders(contact))
  }
)
