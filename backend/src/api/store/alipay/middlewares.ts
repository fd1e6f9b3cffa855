import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { requireOrderAccess } from "../order-access/require-order-access"
import { StoreAlipayStatusParams } from "./status/validators"

/** An order's Alipay status: the query validated, then only for who may read the order (404 otherwise). */
export const alipayStoreMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/alipay/status",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreAlipayStatusParams, {}),
      requireOrderAccess((req) => (req.validatedQuery as { order_id?: string })?.order_id),
    ],
  },
]
