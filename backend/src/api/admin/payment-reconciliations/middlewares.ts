import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminPaymentReconciliationsParams,
  AdminResolveDifferenceBody,
  AdminRunPaymentReconciliationBody,
} from "./validators"

/** 支付对账: the providers' daily bills against the shop's payments (support team only). */
export const adminPaymentReconciliationMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/payment-reconciliations",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminPaymentReconciliationsParams, {})],
  },
  {
    matcher: "/admin/payment-reconciliations",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminRunPaymentReconciliationBody)],
  },
  {
    matcher: "/admin/payment-reconciliations/:id/differences/:difference_id/resolve",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminResolveDifferenceBody)],
  },
]
