import "server-only"
import Medusa from "@medusajs/js-sdk"

export const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
export const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY

/** The one Medusa client of the storefront; used on the server only. */
export const medusa = new Medusa({ baseUrl: backendUrl, publishableKey })

/** The HTTP status of an error the SDK threw (its FetchError carries it), if any. */
function statusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("status" in error)) return undefined
  return typeof error.status === "number" ? error.status : undefined
}

/** A read's answer, or null when the backend answers 404; any other failure is thrown. */
export async function nullIfNotFound<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw error
  }
}
