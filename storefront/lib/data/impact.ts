import "server-only"
import type { StoreAidImpactResponse } from "@http/aid"
import { cached, REVALIDATE, TAGS } from "./cache"
import { medusa } from "./medusa"

/** The public aid counter (GET /store/aid/impact); null when the route is missing or fails. */
export async function getImpact(): Promise<StoreAidImpactResponse | null> {
  try {
    return await medusa.client.fetch<StoreAidImpactResponse>(
      "/store/aid/impact",
      cached([TAGS.impact], REVALIDATE.impact)
    )
  } catch {
    return null
  }
}
