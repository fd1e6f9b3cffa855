import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { StoreWechatPayStatusParams } from "./status/validators"

/** The WeChat Pay status the checkout polls: the query validated, the buyer known when signed in. */
export const storeWechatPayMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/payments/wechatpay/status",
    methods: ["GET"],
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformQuery(StoreWechatPayStatusParams, {}),
    ],
  },
]
