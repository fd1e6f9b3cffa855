import type { MedusaResponse } from "@medusajs/framework/http"
import { statementOfUnit } from "../../../../../../../workflows/unit-report"
import { sendStatementXlsx } from "../../../../../../utils/statement-files"
import { membershipOf, type UnitRequest } from "../../../../unit-scope"

/** GET /store/units/me/statements/:id/xlsx: one of the unit's statements as XLSX (another unit's: 404). */
export async function GET(req: UnitRequest, res: MedusaResponse) {
  const { unit_id } = membershipOf(req)
  await sendStatementXlsx(res, await statementOfUnit(req.scope, unit_id, req.params.id))
}
