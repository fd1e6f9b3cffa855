/**
 * The catalogue cache's key prefix (backend/src/catalog-cache): the version
 * and price-list window the catalogue-changes module reads from Postgres;
 * the triggers installed once per process, again when the version's rows
 * went missing; the cache off while they cannot be installed; older entries
 * dropped once a new version is seen. Fakes stand in for Medusa's caching
 * module and the catalogue-changes module.
 */
import { Modules } from "@medusajs/framework/utils"

type State = { version: string | null; window: string | null }

async function load() {
  vi.resetModules()
  return import("../../backend/src/catalog-cache")
}

function fakeShop(states: State[], options: { trackFails?: number; caching?: boolean } = {}) {
  const calls = { track: 0, clear: 0, errors: [] as string[] }
  let failures = options.trackFails ?? 0
  const changes = {
    track: async () => {
      calls.track++
      if (failures-- > 0) throw new Error("permission denied")
      return ["product"]
    },
    state: async () => states.shift() ?? { version: "last", window: null },
  }
  const caching = {
    clear: async () => {
      calls.clear++
    },
  }
  const logger = { error: (m: string) => calls.errors.push(m), warn: () => undefined }
  const container = {
    resolve: (key: string) => {
      if (key === Modules.CACHING) return options.caching === false ? undefined : caching
      if (key === "catalogue_changes") return changes
      if (key === "logger") return logger
      throw new Error(`unexpected ${key}`)
    },
  }
  return { container: container as any, calls }
}

describe("catalogue cache key prefix", () => {
  it("is the version and the latest price-list boundary passed, installing the triggers once", async () => {
    const { catalogueGeneration } = await load()
    const shop = fakeShop([
      { version: "v1", window: null },
      { version: "v1", window: "2026-12-01T16:00:00.000Z" },
    ])
    expect(await catalogueGeneration(shop.container)).toBe("store-catalogue:v1:-")
    expect(await catalogueGeneration(shop.container)).toBe(
      "store-catalogue:v1:2026-12-01T16:00:00.000Z"
    )
    expect(shop.calls.track).toBe(1)
    expect(shop.calls.clear).toBe(0)
  })

  it("drops older entries once a new version is seen", async () => {
    const { catalogueGeneration } = await load()
    const shop = fakeShop([
      { version: "v1", window: null },
      { version: "v2", window: null },
      { version: "v2", window: null },
    ])
    await catalogueGeneration(shop.container)
    expect(await catalogueGeneration(shop.container)).toBe("store-catalogue:v2:-")
    await catalogueGeneration(shop.container)
    expect(shop.calls.clear).toBe(1)
  })

  it("installs the triggers again when the version's rows are missing, and is off if still missing", async () => {
    const { catalogueGeneration } = await load()
    const shop = fakeShop([
      { version: null, window: null },
      { version: "v9", window: null },
      { version: null, window: null },
      { version: null, window: null },
    ])
    expect(await catalogueGeneration(shop.container)).toBe("store-catalogue:v9:-")
    expect(shop.calls.track).toBe(2)
    expect(await catalogueGeneration(shop.container)).toBeNull()
    expect(shop.calls.track).toBe(3)
  })

  it("is off while the triggers cannot be installed, and without a caching module", async () => {
    const { catalogueGeneration } = await load()
    const shop = fakeShop([], { trackFails: 1 })
    expect(await catalogueGeneration(shop.container)).toBeNull()
    expect(shop.calls.errors[0]).toContain("permission denied")
    // not tried again at once
    expect(await catalogueGeneration(shop.container)).toBeNull()
    expect(shop.calls.track).toBe(1)

    const { catalogueGeneration: fresh } = await load()
    expect(await fresh(fakeShop([], { caching: false }).container)).toBeNull()
  })
})
