import type { MedusaResponse } from "@medusajs/framework/http"
import type { StoreQuoteResponse } from "../../../../../../../types/http/quote"
import { declineQuoteWorkflow, retrieveQuote } from "../../../../../../../workflows/quote"
import { membershipOf, type UnitRequest } from "../../../../unit-scope"
import type { StoreDeclineQuoteType } from "../../validators"

/** POST /store/units/me/quotes/:id/decline (采购员, 审批人, 管理员): `{ reason? }`. */
export async function POST(
  req: UnitRequest<StoreDeclineQuoteType> & { validatedBody: StoreDeclineQuoteType },
  res: MedusaResponse<StoreQuoteResponse>
) {
  const membership = membershipOf(req)
  await declineQuoteWorkflow(req.scope).run({
    input: {
      unit_id: membership.unit_id,
      id: req.params.id,
      customer_id: membership.customer_id,
      reason: req.validatedBody.reason ?? null,
    },
  })
  res.json({ quote: await retrieveQuote(req.scope, membership.unit_id, req.params.id) })
}
