import type { MedusaResponse } from "@medusajs/framework/http"
import type { StoreAcceptQuoteResponse } from "../../../../../../../types/http/quote"
import { acceptQuoteWorkflow, retrieveQuote } from "../../../../../../../workflows/quote"
import { membershipOf, type UnitRequest } from "../../../../unit-scope"

/**
 * POST /store/units/me/quotes/:id/accept (采购员, 审批人, 管理员): the order
 * is placed at the quoted prices (`order_id`; a bulk-order quote's bulk
 * order: `bulk_order_id`), or, when the unit's approval
 * policy holds it and the member is not a 审批人 or 管理员, an approval is
 * requested first (`approval_id`). Accepting again answers the same.
 */
export async function POST(req: UnitRequest, res: MedusaResponse<StoreAcceptQuoteResponse>) {
  const membership = membershipOf(req)
  await acceptQuoteWorkflow(req.scope).run({
    input: {
      unit_id: membership.unit_id,
      id: req.params.id,
      customer_id: membership.customer_id,
      role: membership.role,
    },
  })
  const quote = await retrieveQuote(req.scope, membership.unit_id, req.params.id)
  const bulkOrderId = quote.bulk?.bulk_order_id ?? null
  res.json({
    quote,
    order_id: quote.order_id,
    approval_id: quote.order_id || bulkOrderId ? null : quote.approval_id,
    bulk_order_id: bulkOrderId,
  })
}
