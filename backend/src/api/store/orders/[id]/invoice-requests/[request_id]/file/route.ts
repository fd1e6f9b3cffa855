import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invoiceFile, invoiceRequestWhere } from "../../../../../../../workflows/invoice"
import { sendPdf } from "../../../../../../utils/send-pdf"

/** GET /store/orders/:id/invoice-requests/:request_id/file: the invoice PDF of one of the order's requests. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const row = await invoiceRequestWhere(req.scope, {
    id: req.params.request_id,
    order_id: req.params.id,
  })
  const file = await invoiceFile(req.scope, row)
  sendPdf(res, file.content, "invoice.pdf", file.name)
}
