import type { MiddlewareRoute } from "@medusajs/framework/http"
import { verifyStripeSignature } from "./stripe-webhook-signature"
import { verifyWechatPayNotification } from "./wechatpay-notification"
import { handleAlipayNotification } from "./alipay-notify"

/**
 * Payment providers' webhooks: Stripe's and WeChat Pay's signatures are checked before Medusa
 * queues the event; Alipay's notifications are verified and handled at once (answering `success`).
 */
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
  {
    matcher: "/hooks/payment/alipay_alipay",
    methods: ["POST"],
    middlewares: [handleAlipayNotification],
  },
]
