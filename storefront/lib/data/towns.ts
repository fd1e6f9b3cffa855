import "server-only"
import { medusa } from "./medusa"

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

export async function listTowns(): Promise<StoreTown[]> {
  const { towns } = await medusa.client.fetch<{ towns: StoreTown[] }>("/store/towns", {
    next: { revalidate: 300, tags: ["towns", "provenance"] },
  } as any)
  return towns
}
