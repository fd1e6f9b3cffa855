import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { StoreBulkOrderErrorResponse } from "../../../../../types/http/bulk-order"
import type { StoreQuoteListResponse, StoreQuoteResponse } from "../../../../../types/http/quote"
import {
  listQuotes,
  requestBulkQuoteWorkflow,
  requestQuoteWorkflow,
  retrieveQuote,
} from "../../../../../workflows/quote"
import { membershipOf, type UnitRequest } from "../../unit-scope"
import { checkBulkInput } from "../bulk-orders/input"
import type {
  StoreCreateBulkQuoteType,
  StoreCreateQuoteType,
  StoreListQuotesParamsType,
} from "./validators"

type StoreCreateQuoteBody = StoreCreateQuoteType | StoreCreateBulkQuoteType

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
 * threshold), or on a bulk-order file's rows (`source: "bulk_order"`: every
 * row checked as the bulk-order preview checks it; any error answers 400
 * with every error, like creating the bulk order). The lines and prices are
 * the shop's, never the body's.
 */
export async function POST(
  req: MedusaStoreRequest<StoreCreateQuoteBody>,
  res: MedusaResponse<StoreQuoteResponse | StoreBulkOrderErrorResponse>
) {
  const membership = membershipOf(req)
  const body = req.validatedBody
  if ("source" in body) {
    const { preview } = await checkBulkInput(req)
    if (!preview.valid || preview.errors.length) {
      res.status(400).json({
        type: "invalid_data",
        message: `共有 ${preview.errors.length} 处错误，未提交询价，请修改后重新提交`,
        errors: preview.errors,
      })
      return
    }
    const { result } = await requestBulkQuoteWorkflow(req.scope).run({
      input: {
        unit_id: membership.unit_id,
        requested_by: membership.customer_id,
        message: body.message ?? null,
        rows: preview.rows,
        list_shipping: preview.totals.shipping_total,
        po_number: body.po_number ?? null,
        note: body.note ?? null,
      },
    })
    res.json({ quote: await retrieveQuote(req.scope, membership.unit_id, result.id) })
    return
  }
  const { result } = await requestQuoteWorkflow(req.scope).run({
    input: {
      unit_id: membership.unit_id,
      customer_id: membership.customer_id,
      cart_id: body.cart_id,
      message: body.message ?? null,
    },
  })
  res.json({ quote: await retrieveQuote(req.scope, membership.unit_id, result.id) })
}
