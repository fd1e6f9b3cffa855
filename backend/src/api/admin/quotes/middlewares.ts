import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminQuoteAction, AdminQuoteParams, AdminUpdateQuote } from "./validators"

/** The support team's quotes (询价); a farm account gets 403 (farm-scope.ts allows it none). */
export const adminQuoteMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/quotes",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminQuoteParams, {})],
  },
  {
    matcher: "/admin/quotes/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateQuote)],
  },
  {
    matcher: "/admin/quotes/:id/send",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminQuoteAction)],
  },
  {
    matcher: "/admin/quotes/:id/cancel",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminQuoteAction)],
  },
]
