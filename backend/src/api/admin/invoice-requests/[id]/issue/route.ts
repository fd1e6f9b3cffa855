import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { InvoiceRequestResponse } from "../../../../../types/http/invoice"
import { invoiceRequestDTO, issueInvoiceWorkflow } from "../../../../../workflows/invoice"
import type { AdminIssueInvoiceType } from "../../validators"

/** POST /admin/invoice-requests/:id/issue `{ number, issued_on }`: 开票 (a pending request only). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminIssueInvoiceType> & {
    validatedBody: AdminIssueInvoiceType
  },
  res: MedusaResponse<InvoiceRequestResponse>
) {
  const { result } = await issueInvoiceWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, issued_by: req.auth_context.actor_id },
  })
  res.json({ invoice_request: invoiceRequestDTO(result[0]) })
}
