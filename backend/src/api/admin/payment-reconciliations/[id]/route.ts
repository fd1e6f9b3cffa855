import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { retrievePaymentReconciliationView } from "../../../../workflows/payment-reconciliation"
import type { AdminPaymentReconciliationResponse } from "../../../../types/http/payment-reconciliations"
import { idParam } from "../helpers"

/** GET /admin/payment-reconciliations/:id: one day's comparison with every difference. */
export async function GET(
  req: MedusaRequest,
  res: MedusaResponse<AdminPaymentReconciliationResponse>
) {
  const id = idParam(req, "id", "prec", "reconciliation")
  const run = await retrievePaymentReconciliationView(req.scope, id)
  if (!run) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No reconciliation with id ${id}`)
  res.json({ run })
}
