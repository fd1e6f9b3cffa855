import type { MedusaResponse } from "@medusajs/framework/http"
import type { StoreQuoteListResponse, StoreQuoteResponse } from "../../../../../types/http/quote"
import { listQuotes, requestQuoteWorkflow, retrieveQuote } from "../../../../../workflows/quote"
import { membershipOf, type UnitRequest } from "../../unit-scope"
import type { StoreCreateQuoteType, StoreListQuotesParamsType } from "./validators"

/** GET /store/units/me/quotes?status=: the unit's quotes, newest first (every member). */
export async function GET(
  req: UnitRequest & { validatedQuery: StoreListQuotesParamsType },
  res: MedusaResponse<StoreQuoteListResponse>
) {
  const membership = membershipOf(req)
  const { status, limit, offset } = req.validatedQuery
  const { rows, count } = await listQuotes(
    req.scope,
    { unit_id: membership.unit_id, status },
    { limit, offset }
  )
  res.json({ quotes: rows, count, limit, offset })
}

/**
 * POST /store/units/me/quotes: a 采购员 or 管理员 asks for a price on their
 * own cart (items, address and delivery chosen; total at least the quote
 * threshold). The lines and prices are the cart's, never the body's.
 */
export async function POST(
  req: UnitRequest<StoreCreateQuoteType> & { validatedBody: StoreCreateQuoteType },
  res: MedusaResponse<StoreQuoteResponse>
) {
  const membership = membershipOf(req)
  const { result } = await requestQuoteWorkflow(req.scope).run({
    input: {
      unit_id: membership.unit_id,
      customer_id: membership.customer_id,
      cart_id: req.validatedBody.cart_id,
      message: req.validatedBody.message ?? null,
    },
  })
  res.json({ quote: await retrieveQuote(req.scope, membership.unit_id, result.id) })
}
