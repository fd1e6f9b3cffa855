import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requireQuoteDecider, requireQuoteRequester } from "./roles"
import {
  StoreAcceptQuote,
  StoreCreateBulkQuote,
  StoreCreateQuote,
  StoreDeclineQuote,
  StoreListQuotesParams,
} from "./validators"

const cartQuoteBody = validateAndTransformBody(StoreCreateQuote)
const bulkQuoteBody = validateAndTransformBody(StoreCreateBulkQuote)

/** A quote's body: a cart's `{ cart_id, message? }`, or a bulk-order file's `{ source: "bulk_order", rows, … }`. */
export function createQuoteBody(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const source = (req.body as { source?: unknown } | undefined)?.source
  return (source === undefined ? cartQuoteBody : bulkQuoteBody)(req, res, next)
}

/**
 * /store/units/me/quotes (after the unit scope): every member reads the
 * unit's quotes; 采购员 and 管理员 request; 采购员, 审批人 and 管理员 accept
 * or decline.
 */
export const storeUnitQuoteMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/units/me/quotes",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListQuotesParams, {})],
  },
  {
    matcher: "/store/units/me/quotes",
    methods: ["POST"],
    middlewares: [requireQuoteRequester, createQuoteBody],
  },
  {
    matcher: "/store/units/me/quotes/:id/accept",
    methods: ["POST"],
    middlewares: [requireQuoteDecider, validateAndTransformBody(StoreAcceptQuote)],
  },
  {
    matcher: "/store/units/me/quotes/:id/decline",
    methods: ["POST"],
    middlewares: [requireQuoteDecider, validateAndTransformBody(StoreDeclineQuote)],
  },
]
