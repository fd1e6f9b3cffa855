import "server-only"
import type { AidImpact } from "@/lib/catalog/types"
import { cached, REVALIDATE, TAGS } from "./cache"
import { medusa } from "./medusa"

/** The public aid counter (GET /store/aid/impact); null when the route is missing or fails. */
export async function getImpact(): Promise<AidImpact | null> {
  try {
    return await medusa.client.fetch<AidImpact>(
      "/store/aid/impact",
      cached([TAGS.impact], REVALIDATE.impact)
    )
  } catch {
    return null
  }
}
