import type { Logger } from "@medusajs/framework/types"

const TIMEOUT_MS = 5_000

/** Whether the storefront's revalidation is configured (STOREFRONT_URL and its secret). */
export function storefrontRevalidationConfigured(): boolean {
  return Boolean(process.env.STOREFRONT_URL && process.env.STOREFRONT_REVALIDATE_SECRET)
}

/**
 * POSTs cache tags to the storefront's /api/revalidate, which expires them at
 * once. Does nothing without STOREFRONT_URL and STOREFRONT_REVALIDATE_SECRET.
 * Never throws: an unreachable storefront is logged (its pages then expire on
 * their own within minutes); one that is not running (e.g. while the seed
 * runs) only at debug level.
 */
export async function sendStorefrontTags(tags: string[], logger: Logger): Promise<void> {
  const url = process.env.STOREFRONT_URL
  const secret = process.env.STOREFRONT_REVALIDATE_SECRET
  if (!url || !secret || !tags.length) return
  try {
    const response = await fetch(new URL("/api/revalidate", url), {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": secret },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (!response.ok)
      logger.warn(`Storefront revalidation answered ${response.status} (${tags.join(", ")})`)
  } catch (caught) {
    const error = caught as { cause?: { code?: string }; message?: string } | undefined
    const message = `Storefront revalidation failed: ${error?.cause?.code ?? error?.message ?? String(caught)}`
    if (error?.cause?.code === "ECONNREFUSED") logger.debug(message)
    else logger.warn(message)
  }
}
