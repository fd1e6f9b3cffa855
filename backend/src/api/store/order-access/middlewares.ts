import type { MiddlewareRoute } from "@medusajs/framework/http"
import { attachOrderToken } from "./order-token"
import { refuseOrderTransfer } from "./refuse-transfer"
import {
  orderIdInBody,
  orderIdInPath,
  orderOfPaymentCollection,
  requireOrderAccess,
} from "./require-order-access"

/**
 * Order privacy on the store API (docs/order-privacy.md). The regular
 * expressions are registered ahead of Medusa's own middlewares for these
 * paths (Medusa sorts regex matchers before static and parameter ones), so
 * the answer (403, 404) comes before any authentication or validation.
 * The bank-transfer instructions use the same guard (store/bank-transfer/middlewares.ts).
 */
export const orderAccessMiddlewares: MiddlewareRoute[] = [
  // every /store/orders/:id/transfer/* route: refused, whoever asks
  {
    matcher: /^\/store\/orders\/[^/]+\/transfer(\/.*)?\/?$/,
    methods: ["POST"],
    middlewares: [refuseOrderTransfer],
  },
  // GET /store/orders/:id and any other /store/orders/:id/* route
  {
    matcher: /^\/store\/orders\/[^/]+(\/.*)?\/?$/,
    methods: ["GET", "POST", "DELETE"],
    middlewares: [requireOrderAccess(orderIdInPath)],
  },
  {
    matcher: "/store/returns",
    methods: ["POST"],
    middlewares: [requireOrderAccess(orderIdInBody)],
  },
  {
    matcher: "/store/payment-collections/:id/payment-sessions",
    methods: ["POST"],
    middlewares: [requireOrderAccess(orderOfPaymentCollection)],
  },
  { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [attachOrderToken] },
]
