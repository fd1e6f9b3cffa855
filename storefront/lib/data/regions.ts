import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cached, REVALIDATE, TAGS } from "./cache"
import { medusa } from "./medusa"

/** The shop's one region (中国大陆, CNY). */
export const REGION_NAME = "中国大陆"

export type StoreRegion = Pick<HttpTypes.StoreRegion, "id" | "name" | "currency_code">

/** The shop's region (中国大陆, CNY): catalogue prices are calculated for it. */
export async function getRegion(): Promise<StoreRegion | null> {
  const { regions } = await medusa.client.fetch<{ regions: StoreRegion[] }>("/store/regions", {
    query: { fields: "id,name,currency_code", limit: 50 },
    ...cached([TAGS.regions], REVALIDATE.regions),
  })
  return regions.find((r) => r.currency_code === "cny") ?? regions[0] ?? null
}

let regionId: string | null = null

/** The id of the region carts are created in (read once per server process). */
export async function getRegionId(): Promise<string> {
  if (regionId) return regionId
  const { regions } = await medusa.store.region.list({ limit: 50 })
  const region =
    regions.find((r) => r.name === REGION_NAME) ?? regions.find((r) => r.currency_code === "cny")
  if (!region) throw new Error(`Region ${REGION_NAME} not found`)
  regionId = region.id
  return region.id
}
