import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInvoiceRequestStep,
  type CreateInvoiceRequestStepInput,
} from "./steps/create-invoice-request"

export const createInvoiceRequestWorkflowId = "create-invoice-request"

/** A 发票 request of an order or a bulk order, within what can still be invoiced. */
export const createInvoiceRequestWorkflow = createWorkflow(
  createInvoiceRequestWorkflowId,
  (input: CreateInvoiceRequestStepInput) => new WorkflowResponse(createInvoiceRequestStep(input))
)
