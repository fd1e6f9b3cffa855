import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  matchRemittanceWorkflow,
  retrieveRemittanceView,
} from "../../../../../workflows/remittance"
import type { AdminRemittanceResponse } from "../../../../../types/http/remittances"
import { remittanceIdOf } from "../../helpers"

/**
 * POST /admin/remittances/:id/confirm: a person accepts the payer of a
 * `name_mismatch` credit (the amount is exact): every payment of its target
 * is captured and the credit is `matched`. 400 for a credit in another status
 * or when what is due changed meanwhile.
 */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminRemittanceResponse>
) {
  const id = remittanceIdOf(req)
  await matchRemittanceWorkflow(req.scope).run({
    input: { id, confirm: true, user_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ remittance: (await retrieveRemittanceView(req.scope, id))! })
}
