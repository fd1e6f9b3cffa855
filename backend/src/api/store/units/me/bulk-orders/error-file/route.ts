import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { attachment, checkBulkInput, XLSX_TYPE } from "../input"
import { errorWorkbook } from "./workbook"

/**
 * POST /store/units/me/bulk-orders/error-file (the input of preview) → the
 * file back as XLSX with a 错误 column holding each row's messages; writes
 * nothing. A file that cannot be read at all answers 400 with its reason.
 */
export async function POST(req: MedusaStoreRequest, res: MedusaResponse) {
  const { body, sheet, upload, preview } = await checkBulkInput(req)
  const fileError = preview.errors.find((e) => e.field === "file")
  if (fileError) {
    res.status(400).json({ type: "invalid_data", message: fileError.message })
    return
  }
  const bytes = await errorWorkbook(preview.errors, {
    sheet,
    buffer: upload?.buffer,
    rows: body.rows,
  })
  res.setHeader("Content-Type", XLSX_TYPE)
  res.setHeader(
    "Content-Disposition",
    attachment("bulk-order-errors.xlsx", "批量订单-错误标注.xlsx")
  )
  res.status(200).send(bytes)
}
