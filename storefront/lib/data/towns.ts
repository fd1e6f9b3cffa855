import "server-only"
import { cached, TAGS } from "./cache"
import { medusa, nullIfNotFound } from "./medusa"

/** A town in the list of towns (GET /store/towns). */
export type StoreTown = {
  id: string
  handle: string
  name: string
  name_pinyin: string
  summary: string | null
  specialties: string[] | null
  rank: number
  villages: { id: string; name: string }[]
  partner_count: number
}

/** A town's page (GET /store/towns/:handle): its villages and partners. */
export type TownDetail = {
  id: string
  handle: string
  name: string
  name_pinyin: string
  district: string | null
  summary: string | null
  description: string | null
  specialties: string[] | null
  villages: { id: string; name: string }[]
  partners: {
    id: string
    handle: string
    name: string
    kind: string
    summary: string | null
    households_involved: number | null
    village: { id: string; name: string } | null
  }[]
}

/** The five towns, in their rank order. */
export async function listTowns(): Promise<StoreTown[]> {
  const { towns } = await medusa.client.fetch<{ towns: StoreTown[] }>(
    "/store/towns",
    cached([TAGS.provenance])
  )
  return towns
}

/** A town, or null when the backend answers 404. */
export async function getTown(handle: string): Promise<TownDetail | null> {
  const answer = await nullIfNotFound(
    medusa.client.fetch<{ town: TownDetail }>(
      `/store/towns/${encodeURIComponent(handle)}`,
      cached([TAGS.provenance])
    )
  )
  return answer?.town ?? null
}
