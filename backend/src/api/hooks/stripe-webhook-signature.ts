import { createRequire } from "node:module"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

type StripeWebhooks = {
  constructEvent(payload: string | Buffer, header: string, secret: string): unknown
}

/** Stripe's webhook helpers, from the Stripe library Medusa's Stripe provider uses. */
function stripeWebhooks(): StripeWebhooks {
  const providerRequire = createRequire(require.resolve("@medusajs/payment-stripe"))
  const lib = providerRequire("stripe") as { default?: { webhooks: StripeWebhooks } }
  const Stripe = (lib.default ?? lib) as { webhooks: StripeWebhooks }
  return Stripe.webhooks
}

/**
 * Stripe webhooks (`POST /hooks/payment/stripe_stripe`) are checked against
 * STRIPE_WEBHOOK_SECRET before Medusa queues them: a request without a valid
 * `Stripe-Signature` is answered 400 and never processed. (The provider checks
 * the signature again when it handles the event.)
 */
export function verifyStripeSignature(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (!process.env.STRIPE_API_KEY) return next()
  const secret = process.env.STRIPE_WEBHOOK_SECRET
  const signature = req.headers["stripe-signature"]
  const raw = req.rawBody as string | Buffer | undefined
  try {
    if (!secret) throw new Error("STRIPE_WEBHOOK_SECRET is not set")
    if (typeof signature !== "string" || !raw)
      throw new Error("missing Stripe-Signature header or body")
    stripeWebhooks().constructEvent(raw, signature, secret)
  } catch (error) {
    res.status(400).send(`Webhook Error: ${(error as Error).message}`)
    return
  }
  next()
}
