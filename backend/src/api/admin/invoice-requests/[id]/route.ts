import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminInvoiceRequestResponse } from "../../../../types/http/invoice"
import {
  invoiceableInput,
  invoiceRequestDTO,
  invoiceRequestWhere,
} from "../../../../workflows/invoice"
import { invoiceableOf } from "../../../../shared/invoice"

/** GET /admin/invoice-requests/:id: one request and what is left to invoice of its order or bulk order. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminInvoiceRequestResponse>
) {
  const row = await invoiceRequestWhere(req.scope, { id: req.params.id })
  const target = row.order_id ? { order_id: row.order_id } : { bulk_order_id: row.bulk_order_id! }
  res.json({
    invoice_request: invoiceRequestDTO(row),
    invoiceable: invoiceableOf(await invoiceableInput(req.scope, target)),
  })
}
