import "server-only"
import Medusa from "@medusajs/js-sdk"

/** The one Medusa client of the storefront; used on the server only. */
export const medusa = new Medusa({
  baseUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
})
