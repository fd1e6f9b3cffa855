import "server-only"
import type { StorePartnerDetail, StorePartnerResponse } from "@http/provenance"
import { cached, TAGS } from "./cache"
import { medusa, nullIfNotFound } from "./medusa"

/** A partner's public profile, or null when unknown or inactive. */
export async function getPartner(handle: string): Promise<StorePartnerDetail | null> {
  const answer = await nullIfNotFound(
    medusa.client.fetch<StorePartnerResponse>(
      `/store/partners/${encodeURIComponent(handle)}`,
      cached([TAGS.provenance, TAGS.products])
    )
  )
  return answer?.partner ?? null
}
