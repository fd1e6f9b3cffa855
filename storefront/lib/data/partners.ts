import "server-only"
import type { Certificate } from "@/lib/catalog/types"
import { cached, TAGS } from "./cache"
import { medusa, nullIfNotFound } from "./medusa"

/** A partner's public profile (GET /store/partners/:handle). */
export type PartnerDetail = {
  id: string
  handle: string
  name: string
  kind: string
  summary: string | null
  story: string | null
  main_products: string | null
  households_involved: number | null
  certificates: Certificate[] | null
  town: { id: string; handle: string; name: string } | null
  village: { id: string; name: string } | null
}

/** A partner's public profile, or null when unknown or inactive. */
export async function getPartner(handle: string): Promise<PartnerDetail | null> {
  const answer = await nullIfNotFound(
    medusa.client.fetch<{ partner: PartnerDetail }>(
      `/store/partners/${encodeURIComponent(handle)}`,
      cached([TAGS.provenance, TAGS.products])
    )
  )
  return answer?.partner ?? null
}
