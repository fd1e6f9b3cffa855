import "server-only"
import type {
  StoreTown,
  StoreTownDetail,
  StoreTownListResponse,
  StoreTownResponse,
} from "@http/provenance"
import { cached, TAGS } from "./cache"
import { medusa, nullIfNotFound } from "./medusa"

/** The five towns, in their rank order. */
export async function listTowns(): Promise<StoreTown[]> {
  const { towns } = await medusa.client.fetch<StoreTownListResponse>(
    "/store/towns",
    cached([TAGS.provenance])
  )
  return towns
}

/** A town, or null when the backend answers 404. */
export async function getTown(handle: string): Promise<StoreTownDetail | null> {
  const answer = await nullIfNotFound(
    medusa.client.fetch<StoreTownResponse>(
      `/store/towns/${encodeURIComponent(handle)}`,
      cached([TAGS.provenance])
    )
  )
  return answer?.town ?? null
}
