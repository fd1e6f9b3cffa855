import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCheckoutInvoiceRequestStep } from "./steps/create-checkout-invoice-request"

export { asksCheckoutInvoice } from "./steps/create-checkout-invoice-request"

export const createCheckoutInvoiceRequestWorkflowId = "create-checkout-invoice-request"

/**
 * 开具发票 at checkout, made real: once the order is paid in full, the 发票
 * request its metadata carries (at most once per order). Run by the
 * `checkout-invoice` subscriber on `order.placed` and `payment.captured`.
 */
export const createCheckoutInvoiceRequestWorkflow = createWorkflow(
  createCheckoutInvoiceRequestWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(createCheckoutInvoiceRequestStep(input))
)
