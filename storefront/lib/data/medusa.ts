import "server-only"
import Medusa from "@medusajs/js-sdk"

export const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

/** The one Medusa client of the storefront; used on the server only. */
export const medusa = new Medusa({
  baseUrl: backendUrl,
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
})
