import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { generateEntityId } from "@medusajs/framework/utils"
import { readStatement } from "../../../../modules/remittance/statement/read"
import { importStatement } from "../../../../workflows/remittance"
import type {
  AdminRemittanceImportErrorResponse,
  AdminRemittanceImportResponse,
} from "../../../../types/http/remittances"
import { readStatementFile, type StatementFile } from "./read-file"

/**
 * POST /admin/remittances/import (multipart `file`: a bank's CSV or XLSX
 * transaction export): every credit row recorded and matched as by hand,
 * answered per row (`recorded`, `duplicate` for a 流水号 already recorded or
 * repeated in the file, `skipped` for debits and totals, `failed`) with a
 * summary. A file that cannot be read, or any row with a problem, answers 400
 * with `errors: [{ row, field, message }]` (Chinese) and records nothing.
 */
export async function POST(
  req: AuthenticatedMedusaRequest & { file?: StatementFile },
  res: MedusaResponse<AdminRemittanceImportResponse | AdminRemittanceImportErrorResponse>
) {
  const file = await readStatementFile(req.file)
  const reading = "error" in file ? null : readStatement(file.rows)
  const errors = "error" in file ? [{ row: 0, field: null, message: file.error }] : reading!.errors
  if (errors.length || !reading) {
    res.status(400).json({
      type: "invalid_data",
      message: `银行流水有 ${errors.length} 处问题，未导入任何记录：${errors[0]?.message ?? ""}`,
      errors: errors.slice(0, 500),
    })
    return
  }
  const result = await importStatement(req.scope, reading, {
    import_id: generateEntityId(undefined, "rimp"),
    recorded_by: req.auth_context?.actor_id ?? null,
  })
  res.json(result)
}
