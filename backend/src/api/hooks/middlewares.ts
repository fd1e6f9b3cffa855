import type { MiddlewareRoute } from "@medusajs/framework/http"
import { verifyStripeSignature } from "./stripe-webhook-signature"
import { verifyWechatPayNotification } from "./wechatpay-notification"

/** Payment providers' webhooks: checked before Medusa queues the event (Stripe's signature, WeChat Pay's). */
export const hookMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/hooks/payment/stripe_stripe",
    methods: ["POST"],
    middlewares: [verifyStripeSignature],
  },
  {
    matcher: "/hooks/payment/wechatpay_wechatpay",
    methods: ["POST"],
    middlewares: [verifyWechatPayNotification],
  },
]
