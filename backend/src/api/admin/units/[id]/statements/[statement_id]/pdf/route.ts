import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { statementOfUnit } from "../../../../../../../workflows/unit-report"
import { sendStatementPdf } from "../../../../../../utils/statement-files"

/** GET /admin/units/:id/statements/:statement_id/pdf: reprint as PDF (the same figures and code). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendStatementPdf(
    res,
    await statementOfUnit(req.scope, req.params.id, req.params.statement_id)
  )
}
