import "server-only"
import type { StorePartnerDetail, StorePartnerResponse } from "@http/provenance"
import { cached, TAGS } from "./cache"
import { medusa, nullIfNotFound } from "./medusa"

/**
 * A partner's public profile, or null when unknown or inactive. Cached with
 * the towns and partners (its product list is not shown: the pages list a
 * partner's products from the catalogue), so a product's change leaves the
 * product pages that show its partner's story in the cache.
 */
export async function getPartner(handle: string): Promise<StorePartnerDetail | null> {
  const answer = await nullIfNotFound(
    medusa.client.fetch<StorePartnerResponse>(
      `/store/partners/${encodeURIComponent(handle)}`,
      cached([TAGS.provenance])
    )
  )
  return answer?.partner ?? null
}
