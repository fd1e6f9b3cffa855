import type { MedusaResponse } from "@medusajs/framework/http"
import { statementOfUnit } from "../../../../../../../workflows/unit-report"
import { sendStatementPdf } from "../../../../../../utils/statement-files"
import { membershipOf, type UnitRequest } from "../../../../unit-scope"

/** GET /store/units/me/statements/:id/pdf: one of the unit's statements as PDF (another unit's: 404). */
export async function GET(req: UnitRequest, res: MedusaResponse) {
  const { unit_id } = membershipOf(req)
  await sendStatementPdf(res, await statementOfUnit(req.scope, unit_id, req.params.id))
}
