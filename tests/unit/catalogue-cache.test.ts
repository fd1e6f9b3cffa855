/**
 * The catalogue cache's generation (backend/src/catalog-cache): a token kept
 * in the caching module, replaced by every change and once a price list's
 * time window opens or closes; reads wait for an invalidation under way;
 * bursts of changes are coalesced. A Map stands in for Medusa's caching
 * module, a list of price lists for its pricing module.
 */
import { Modules } from "@medusajs/framework/utils"
import {
  CATALOGUE_TAG,
  currentGeneration,
  invalidateCatalogue,
  readEntry,
  writeEntry,
} from "../../backend/src/catalog-cache"
import { changesCatalogue } from "../../backend/src/catalog-cache/events"

type PriceList = { id: string; starts_at: Date | null; ends_at: Date | null }

function fakeShop(priceLists: PriceList[] = []) {
  const entries = new Map<string, { data: unknown; tags: string[] }>()
  const calls = { clear: 0 }
  let clearDelay = 0
  const caching = {
    get: async ({ key }: { key: string }) => entries.get(key)?.data ?? null,
    set: async ({ key, data, tags }: { key: string; data: unknown; tags?: string[] }) => {
      entries.set(key, { data, tags: tags ?? [] })
    },
    clear: async ({ tags }: { tags: string[] }) => {
      calls.clear++
      if (clearDelay) await new Promise((r) => setTimeout(r, clearDelay))
      for (const [key, entry] of entries) {
        if (entry.tags.some((t) => tags.includes(t))) entries.delete(key)
      }
    },
  }
  const pricing = {
    listPriceLists: async () => priceLists,
  }
  const container = {
    resolve: (name: string) =>
      name === Modules.CACHING ? caching : name === Modules.PRICING ? pricing : console,
  } as any
  return { container, entries, calls, slowClears: (ms: number) => (clearDelay = ms) }
}

describe("catalogue cache generation", () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it("keeps one token until a change, then answers nothing stored before", async () => {
    const { container } = fakeShop()
    const first = await currentGeneration(container)
    expect(await currentGeneration(container)).toBe(first)
    await writeEntry(container, `store-catalogue:${first}:a`, '{"products":[]}')
    expect(await readEntry(container, `store-catalogue:${first}:a`)).toBe('{"products":[]}')

    await invalidateCatalogue(container)
    const second = await currentGeneration(container)
    expect(second).not.toBe(first)
    // the old entry is dropped by its tag, and under the new token nothing is stored yet
    expect(await readEntry(container, `store-catalogue:${first}:a`)).toBeNull()
    expect(await readEntry(container, `store-catalogue:${second}:a`)).toBeNull()
  })

  it("ends a generation when a price list's window opens", async () => {
    vi.useFakeTimers({ toFake: ["Date"] })
    vi.setSystemTime(new Date("2026-12-01T15:59:00Z"))
    const opens = new Date("2026-12-01T16:00:00Z") // 00:00 China time
    const { container } = fakeShop([{ id: "plist_unit", starts_at: opens, ends_at: null }])
    const before = await currentGeneration(container)
    vi.setSystemTime(new Date("2026-12-01T15:59:59Z"))
    expect(await currentGeneration(container)).toBe(before)
    vi.setSystemTime(new Date("2026-12-01T16:00:00Z"))
    expect(await currentGeneration(container)).not.toBe(before)
  })

  it("makes a read wait for an invalidation under way, and coalesces a burst", async () => {
    const { container, calls, entries, slowClears } = fakeShop()
    const old = await currentGeneration(container)
    await writeEntry(container, `store-catalogue:${old}:x`, "{}")
    slowClears(30)
    const burst = Array.from({ length: 20 }, () => invalidateCatalogue(container))
    // a read that starts during the burst gets a token made after all of it
    const during = currentGeneration(container)
    await Promise.all(burst)
    const after = await during
    expect(after).not.toBe(old)
    expect(await currentGeneration(container)).toBe(after)
    expect(calls.clear).toBe(2)
    expect([...entries.values()].some((e) => e.tags.includes(CATALOGUE_TAG))).toBe(false)
  })

  it("knows which events change the catalogue", () => {
    for (const name of [
      "product.updated",
      "product-variant.updated",
      "product.product-variant.updated",
      "pricing.price.updated",
      "pricing.price-list.updated",
      "inventory-level.updated",
      "inventory.reservation-item.created",
      "reservation-item.deleted",
      "order.placed",
      "order.canceled",
      "provenance.partner.updated",
      "provenance.town.updated",
      "provenance.product-partner.set",
      "region.updated",
    ]) {
      expect(changesCatalogue(name), name).toBe(true)
    }
    for (const name of [
      "cart.updated",
      "customer.created",
      "order.updated",
      "auth.password_reset",
    ]) {
      expect(changesCatalogue(name), name).toBe(false)
    }
  })
})
