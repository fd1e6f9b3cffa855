import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { InvoiceRequestResponse } from "../../../../../types/http/invoice"
import type { UploadedFile } from "../../../../../utils/spreadsheet/read"
import {
  attachInvoiceFileWorkflow,
  invoiceFile,
  invoiceRequestDTO,
  invoiceRequestWhere,
} from "../../../../../workflows/invoice"
import { sendPdf } from "../../../../utils/send-pdf"

/** A PDF starts with `%PDF-`. */
const isPdf = (buffer: Buffer) => buffer.subarray(0, 5).toString("latin1") === "%PDF-"

/** POST /admin/invoice-requests/:id/file (multipart `file`): attaches the issued invoice's PDF. */
export async function POST(
  req: AuthenticatedMedusaRequest & { file?: UploadedFile },
  res: MedusaResponse<InvoiceRequestResponse>
) {
  const file = req.file
  if (!file?.buffer?.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "请上传发票 PDF（表单字段 file）")
  }
  if (!isPdf(file.buffer)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "发票文件应为 PDF")
  }
  const row = await invoiceRequestWhere(req.scope, { id: req.params.id })
  const { result } = await attachInvoiceFileWorkflow(req.scope).run({
    input: {
      id: row.id,
      filename: `发票-${row.number ?? row.id}.pdf`,
      content_base64: file.buffer.toString("base64"),
    },
  })
  res.json({ invoice_request: invoiceRequestDTO(result[0]) })
}

/** GET /admin/invoice-requests/:id/file: the attached PDF. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const row = await invoiceRequestWhere(req.scope, { id: req.params.id })
  const pdf = await invoiceFile(req.scope, row)
  sendPdf(res, pdf.content, "invoice.pdf", pdf.name)
}
