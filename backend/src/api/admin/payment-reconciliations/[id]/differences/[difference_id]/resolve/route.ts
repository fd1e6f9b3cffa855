import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  resolveReconciliationDifferenceWorkflow,
  retrievePaymentReconciliationView,
} from "../../../../../../../workflows/payment-reconciliation"
import type { AdminPaymentReconciliationResponse } from "../../../../../../../types/http/payment-reconciliations"
import { idParam } from "../../../../helpers"
import type { AdminResolveDifferenceBodyType } from "../../../../validators"

/**
 * POST /admin/payment-reconciliations/:id/differences/:difference_id/resolve
 * `{ note }`: the support team has looked into it and says what was done.
 * 400 when it is already resolved.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminResolveDifferenceBodyType>,
  res: MedusaResponse<AdminPaymentReconciliationResponse>
) {
  const runId = idParam(req, "id", "prec", "reconciliation")
  const differenceId = idParam(req, "difference_id", "precd", "difference")
  await resolveReconciliationDifferenceWorkflow(req.scope).run({
    input: {
      run_id: runId,
      difference_id: differenceId,
      note: req.validatedBody.note,
      actor_id: req.auth_context?.actor_id ?? null,
    },
  })
  res.json({ run: (await retrievePaymentReconciliationView(req.scope, runId))! })
}
