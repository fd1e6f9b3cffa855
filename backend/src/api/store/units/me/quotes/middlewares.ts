import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requireQuoteDecider, requireQuoteRequester } from "./roles"
import {
  StoreAcceptQuote,
  StoreCreateQuote,
  StoreDeclineQuote,
  StoreListQuotesParams,
} from "./validators"

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
    middlewares: [requireQuoteRequester, validateAndTransformBody(StoreCreateQuote)],
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
