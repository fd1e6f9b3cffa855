import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  StoreCreateOrderLookupCode,
  StoreCreateOrderLookupSession,
  StoreListOrderLookupOrders,
} from "./validators"

/** Guest order lookup by a one-time code (docs/order-privacy.md). */
export const orderLookupMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/order-lookup/codes",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreCreateOrderLookupCode)],
  },
  {
    matcher: "/store/order-lookup/sessions",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(StoreCreateOrderLookupSession)],
  },
  {
    matcher: "/store/order-lookup/orders",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListOrderLookupOrders, {})],
  },
]
