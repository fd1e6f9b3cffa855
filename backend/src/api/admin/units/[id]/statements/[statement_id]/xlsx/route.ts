import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { statementOfUnit } from "../../../../../../../workflows/unit-report"
import { sendStatementXlsx } from "../../../../../../utils/statement-files"

/** GET /admin/units/:id/statements/:statement_id/xlsx: the statement as XLSX. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendStatementXlsx(
    res,
    await statementOfUnit(req.scope, req.params.id, req.params.statement_id)
  )
}
