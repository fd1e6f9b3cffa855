import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { creditCodeError } from "../../../shared/unit"
import type { ErrorResponse } from "../../../types/http/common"

/**
 * Ahead of a unit's validator: a `credit_code` that fails a GB 32100 check
 * answers 400 with the check that failed, as a message and a machine `code`
 * (`uscc_length`, `uscc_characters` or `uscc_checksum`).
 */
export function checkCreditCode(
  req: MedusaRequest,
  res: MedusaResponse<ErrorResponse>,
  next: MedusaNextFunction
) {
  const body = req.body as { credit_code?: unknown } | undefined
  const error = creditCodeError(body?.credit_code)
  if (!error) return next()
  res.status(400).json({ type: "invalid_data", code: error.code, message: error.message })
}
