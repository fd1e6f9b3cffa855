import type { MedusaRequest, MedusaStoreRequest } from "@medusajs/framework/http"
import type { StoreBulkOrderPreviewResponse } from "../../../../../types/http/bulk-order"
import type { UploadedFile } from "../../../../../utils/spreadsheet/read"
import {
  type BulkSheet,
  readBulkFile,
  validateBulkOrder,
} from "../../../../../workflows/bulk-order/validate"
import { membershipOf } from "../../unit-scope"
import type { StoreBulkOrderJsonType } from "./validators"

export type CheckedBulkInput = {
  body: StoreBulkOrderJsonType
  /** the uploaded file's rows, when a file was sent */
  sheet: BulkSheet | undefined
  upload: UploadedFile | undefined
  preview: StoreBulkOrderPreviewResponse
}

/**
 * The request's bulk order (the uploaded file, or the JSON rows) checked row
 * by row for the signed-in member's unit: what preview answers, what the
 * error file annotates and what create refuses unless valid.
 */
export async function checkBulkInput(req: MedusaStoreRequest): Promise<CheckedBulkInput> {
  const membership = membershipOf(req)
  const upload = (req as MedusaRequest & { file?: UploadedFile }).file
  const fields = req.validatedBody as Partial<StoreBulkOrderJsonType>
  const body: StoreBulkOrderJsonType = { ...fields, rows: fields.rows ?? [] }
  const multipart = !!req.is("multipart/form-data")
  const sheet = multipart ? await readBulkFile(upload, !!body.delivery) : undefined
  const preview = await validateBulkOrder(req.scope, {
    unit: { id: membership.unit_id },
    member: membership,
    body,
    sheet,
    sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
  })
  return { body, sheet, upload, preview }
}

/** An attachment header with a Chinese file name (RFC 5987) and an ASCII fallback. */
export function attachment(asciiName: string, chineseName: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(chineseName)}`
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
