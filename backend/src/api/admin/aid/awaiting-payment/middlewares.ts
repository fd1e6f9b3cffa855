import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminAidAwaitingPaymentParams } from "./validators"

export const adminAidAwaitingPaymentMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/aid/awaiting-payment",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminAidAwaitingPaymentParams, {})],
  },
]
