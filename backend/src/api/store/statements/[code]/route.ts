import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ErrorResponse } from "../../../../types/http/common"
import type { StoreStatementVerifyResponse } from "../../../../types/http/unit-report"
import { verifyStatement } from "../../../../workflows/unit-report"
import { countMiss } from "../middlewares"

/**
 * GET /store/statements/:code: anyone checks a statement by its code: the
 * unit's name, the period, the totals by town, when it was issued and
 * whether the ledger has changed since (`current`). Nothing else of the
 * unit. A malformed or unknown code: 404.
 */
export async function GET(
  req: MedusaRequest,
  res: MedusaResponse<StoreStatementVerifyResponse | ErrorResponse>
) {
  const statement = await verifyStatement(req.scope, req.params.code)
  if (!statement) {
    await countMiss(req)
    res.status(404).json({ type: "not_found", message: "对账单验证码不存在" })
    return
  }
  res.setHeader("Cache-Control", "no-store")
  res.json({ statement })
}
