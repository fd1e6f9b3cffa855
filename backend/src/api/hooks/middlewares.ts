import type { MiddlewareRoute } from "@medusajs/framework/http"
import { verifyStripeSignature } from "./stripe-webhook-signature"
import { verifyWechatPayNotification } from "./wechatpay-notification"
import { handleAlipayNotification } from "./alipay-notify"
import { queuePaymentWebhook } from "./queue-payment-webhook"

/**
 * Payment providers' webhooks: Stripe's and WeChat Pay's signatures are checked before the
 * event is queued with the payment module's configured delay (queue-payment-webhook.ts, in
 * place of Medusa's route, which always waits 5 s); Alipay's notifications are verified and
 * handled at once (answering `success`).
 */
export const hookMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/hooks/payment/stripe_stripe",
    methods: ["POST"],
    middlewares: [verifyStripeSignature, queuePaymentWebhook("stripe_stripe")],
  },
  {
    matcher: "/hooks/payment/wechatpay_wechatpay",
    methods: ["POST"],
    middlewares: [verifyWechatPayNotification, queuePaymentWebhook("wechatpay_wechatpay")],
  },
  {
    matcher: "/hooks/payment/alipay_alipay",
    methods: ["POST"],
    middlewares: [handleAlipayNotification],
  },
]
