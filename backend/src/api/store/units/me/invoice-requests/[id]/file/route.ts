import type { MedusaResponse } from "@medusajs/framework/http"
import { invoiceFile, invoiceRequestWhere } from "../../../../../../../workflows/invoice"
import { sendPdf } from "../../../../../../utils/send-pdf"
import { membershipOf, type UnitRequest } from "../../../../unit-scope"

/** GET /store/units/me/invoice-requests/:id/file: the PDF of one of the unit's invoices (another unit's: 404). */
export async function GET(req: UnitRequest, res: MedusaResponse) {
  const { unit_id } = membershipOf(req)
  const row = await invoiceRequestWhere(req.scope, { id: req.params.id, unit_id })
  const file = await invoiceFile(req.scope, row)
  sendPdf(res, file.content, "invoice.pdf", file.name)
}
