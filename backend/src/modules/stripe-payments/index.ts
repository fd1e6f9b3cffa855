import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import ShopStripeProviderService from "./service"

/** Payment provider `pp_stripe_stripe`: Stripe's Payment Intents through @medusajs/payment-stripe. */
export default ModuleProvider(Modules.PAYMENT, {
  services: [ShopStripeProviderService],
})
