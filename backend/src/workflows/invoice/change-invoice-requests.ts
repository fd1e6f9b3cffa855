import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { storeInvoiceFileStep } from "./steps/store-invoice-file"
import { updateInvoiceRequestsStep } from "./steps/update-invoice-requests"

export const issueInvoiceWorkflowId = "issue-invoice"

/** 开票: a pending request becomes issued with its number, China day and who issued it. */
export const issueInvoiceWorkflow = createWorkflow(
  issueInvoiceWorkflowId,
  (input: { id: string; number: string; issued_on: string; issued_by: string }) => {
    const update = transform({ input }, ({ input }) => ({
      ids: [input.id],
      from: ["pending" as const],
      change: {
        status: "issued" as const,
        number: input.number,
        issued_on: input.issued_on,
        issued_by: input.issued_by,
      },
      refusal: "只有待开票的申请可以开票",
    }))
    return new WorkflowResponse(updateInvoiceRequestsStep(update))
  }
)

export const reverseInvoiceWorkflowId = "reverse-invoice"

/** 红冲: an issued (or flagged) invoice is reversed; its amount can be requested again. */
export const reverseInvoiceWorkflow = createWorkflow(
  reverseInvoiceWorkflowId,
  (input: { id: string }) => {
    const update = transform({ input }, ({ input }) => ({
      ids: [input.id],
      from: ["issued" as const, "needs_reversal" as const],
      change: { status: "reversed" as const, reversed_at: new Date() },
      refusal: "只有已开票的发票可以红冲",
    }))
    return new WorkflowResponse(updateInvoiceRequestsStep(update))
  }
)

export const flagInvoiceReversalWorkflowId = "flag-invoice-reversal"

/** A refund after issuing: the issued requests of the order are flagged for a 红字发票. */
export const flagInvoiceReversalWorkflow = createWorkflow(
  flagInvoiceReversalWorkflowId,
  (input: { ids: string[] }) => {
    const update = transform({ input }, ({ input }) => ({
      ids: input.ids,
      from: ["issued" as const],
      change: { status: "needs_reversal" as const, flagged_at: new Date() },
      refusal: "只有已开票的发票需要红冲",
    }))
    return new WorkflowResponse(updateInvoiceRequestsStep(update))
  }
)

export const attachInvoiceFileWorkflowId = "attach-invoice-file"

/** The invoice PDF: kept in the File Module and attached to an issued request. */
export const attachInvoiceFileWorkflow = createWorkflow(
  attachInvoiceFileWorkflowId,
  (input: { id: string; filename: string; content_base64: string }) => {
    const file = storeInvoiceFileStep(input)
    const update = transform({ input, file }, ({ input, file }) => ({
      ids: [input.id],
      from: ["issued" as const, "needs_reversal" as const],
      change: { file_id: file.id, file_name: input.filename },
      refusal: "请先开票（填写发票号码和日期），再上传发票文件",
    }))
    return new WorkflowResponse(updateInvoiceRequestsStep(update))
  }
)
