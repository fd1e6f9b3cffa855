import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  matchRemittanceWorkflow,
  retrieveRemittanceView,
} from "../../../../../workflows/remittance"
import type { AdminRemittanceResponse } from "../../../../../types/http/remittances"
import { remittanceIdOf } from "../../helpers"
import type { AdminMatchRemittanceBodyType } from "../../validators"

/**
 * POST /admin/remittances/:id/match `{ reference }`: a person matches a
 * credit of the queue (unmatched, or flagged) to a reference, typed any way;
 * the same checks as on arrival decide its status (matched captures). A
 * reference that pays nothing, or pays what is already paid or cancelled,
 * answers 400 and the credit stays as it was.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminMatchRemittanceBodyType>,
  res: MedusaResponse<AdminRemittanceResponse>
) {
  const id = remittanceIdOf(req)
  await matchRemittanceWorkflow(req.scope).run({
    input: {
      id,
      reference: req.validatedBody.reference,
      user_id: req.auth_context?.actor_id ?? null,
    },
  })
  res.json({ remittance: (await retrieveRemittanceView(req.scope, id))! })
}
