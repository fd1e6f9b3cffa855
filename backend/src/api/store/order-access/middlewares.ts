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
 * They ignore case, as Express's routing does: `/store/ORDERS/:id` reaches
 * Medusa's order route, so it must reach the guard too.
 * The bank-transfer instructions use the same guard (store/bank-transfer/middlewares.ts).
 */
export const orderAccessMiddlewares: MiddlewareRoute[] = [
  // every /store/orders/:id/transfer/* route: refused, whoever asks
  {
    matcher: /^\/store\/orders\/[^/]+\/transfer(\/.*)?\/?$/i,
    methods: ["POST"],
    middlewares: [refuseOrderTransfer],
  },
  // GET /store/orders/:id and any other /store/orders/:id/* route
  {
    matcher: /^\/store\/orders\/[^/]+(\/.*)?\/?$/i,
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
