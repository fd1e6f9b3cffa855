import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { InvoiceRequestResponse } from "../../../../../types/http/invoice"
import { invoiceRequestDTO, reverseInvoiceWorkflow } from "../../../../../workflows/invoice"

/**
 * POST /admin/invoice-requests/:id/reverse: 红冲 (the 红字发票 is issued); the
 * amount no longer counts as requested and may be invoiced again.
 */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<InvoiceRequestResponse>
) {
  const { result } = await reverseInvoiceWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ invoice_request: invoiceRequestDTO(result[0]) })
}
