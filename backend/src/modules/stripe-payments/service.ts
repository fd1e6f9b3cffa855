import { createRequire } from "node:module"
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"

export type ShopStripeOptions = StripeOptions & {
  /**
   * Base URL of the Stripe API, e.g. `http://127.0.0.1:12111` for a local
   * stand-in. Unset: Stripe's own `https://api.stripe.com`.
   */
  apiBase?: string
}

/**
 * The `stripe` package the provider itself uses (it pins its own major
 * version), so the client below is the same library with another host:
 * required the way the provider requires it, from its own folder.
 */
function stripeLibrary() {
  const requireFromProvider = createRequire(require.resolve("@medusajs/payment-stripe"))
  const lib = requireFromProvider("stripe")
  return lib.default ?? lib
}

/**
 * Medusa's Stripe provider (`pp_stripe_stripe`), unchanged except that the
 * Stripe client can be pointed at another base URL: the provider builds its
 * client with the API key only, so host, port and protocol are set here.
 */
class ShopStripeProviderService extends StripeProviderService {
  static identifier = "stripe"

  constructor(cradle: Record<string, unknown>, options: ShopStripeOptions) {
    super(cradle, options)
    if (options.apiBase) {
      const url = new URL(options.apiBase)
      const protocol = url.protocol.replace(":", "") as "http" | "https"
      const Stripe = stripeLibrary()
      this.stripe_ = new Stripe(options.apiKey, {
        host: url.hostname,
        port: url.port ? Number(url.port) : protocol === "https" ? 443 : 80,
        protocol,
      })
    }
  }
}

export default ShopStripeProviderService
