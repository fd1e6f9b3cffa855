import type { MiddlewareRoute } from "@medusajs/framework/http"
import { verifyStripeSignature } from "./stripe-webhook-signature"

/** Payment providers' webhooks: Stripe's signature is checked before Medusa queues the event. */
export const hookMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/hooks/payment/stripe_stripe",
    methods: ["POST"],
    middlewares: [verifyStripeSignature],
  },
]
