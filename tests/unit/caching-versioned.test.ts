/**
 * The shop's default caching provider (backend/src/modules/caching-versioned)
 * keeps Medusa's cached checkout reads under the catalogue's version: an
 * answer is kept only under the version read before its data and only while
 * that version is the latest, only if every entity it names is one the
 * version covers, and each get gives its caller a copy.
 */
import VersionedCachingProvider from "../../backend/src/modules/caching-versioned/service"
import { groupOf, isVersioned } from "../../backend/src/modules/caching-versioned/entities"

const SHIPPING = ["ShippingOption:so_1", "ShippingOption:list:*"]
const VARIANTS = ["ProductVariant:list:*", "InventoryLevel:list:*", "ReservationItem:list:*"]

const REGION = ["Region:reg_1", "Region:list:*", "Country:list:*"]

/**
 * A provider over a catalogue whose versions the test sets (`version`: of every table but the
 * stock's, `stock`: of the stock tables); counts the version reads.
 */
function providerWith(version: string | null = "v1") {
  const catalogue = {
    version,
    stock: "s1",
    reads: 0,
    installs: 0,
    /** the triggers' install: the stripes exist from then on */
    async track() {
      catalogue.installs++
      if (catalogue.version === null) catalogue.version = "installed"
      return []
    },
    async stateOnOwnConnection() {
      catalogue.reads++
      const { version, stock } = catalogue
      return {
        version: version === null ? null : `${version}+${stock}`,
        versionExceptStock: version,
        window: null,
      }
    },
  }
  const provider = new VersionedCachingProvider({ catalogue_changes: catalogue })
  return { provider, catalogue }
}

describe("caching-versioned", () => {
  it("keeps only answers whose every entity the catalogue's version covers", () => {
    expect(isVersioned(SHIPPING)).toBe(true)
    expect(isVersioned(VARIANTS)).toBe(true)
    expect(isVersioned(["Region:list:*", "LinkSalesChannelStockLocation:list:*"])).toBe(true)
    // a buyer, a cart's shipping method, an order's fulfillment: never
    expect(isVersioned(["Customer:cus_1", "Customer:list:*"])).toBe(false)
    expect(isVersioned(["ShippingOption:list:*", "ShippingMethod:list:*"])).toBe(false)
    expect(isVersioned(["Fulfillment:list:*"])).toBe(false)
    // an answer naming no entity says nothing of what it was read from
    expect(isVersioned([])).toBe(false)
    expect(isVersioned(undefined)).toBe(false)
  })

  it("keeps an answer naming no stock level or reservation across a change of stock alone", async () => {
    expect(groupOf(SHIPPING)).toBe("exceptStock")
    expect(groupOf(REGION)).toBe("exceptStock")
    expect(groupOf(VARIANTS)).toBe("all")
    expect(groupOf(["ProductVariant:list:*", "InventoryItem:iitem_1"])).toBe("all")

    const { provider, catalogue } = providerWith()
    expect(await provider.get({ key: "region" })).toBeNull()
    expect(await provider.get({ key: "variants" })).toBeNull()
    await provider.set({ key: "region", data: { data: ["cn"] }, tags: REGION })
    await provider.set({ key: "variants", data: { data: [{ stock: 5 }] }, tags: VARIANTS })
    expect(await provider.get({ key: "variants" })).toEqual({ data: [{ stock: 5 }] })

    // an order's reservation: the variants' stock is read anew, the region stays
    catalogue.stock = "s2"
    expect(await provider.get({ key: "region" })).toEqual({ data: ["cn"] })
    expect(await provider.get({ key: "variants" })).toBeNull()
    await provider.set({ key: "variants", data: { data: [{ stock: 4 }] }, tags: VARIANTS })
    expect(await provider.get({ key: "variants" })).toEqual({ data: [{ stock: 4 }] })

    // a variant's read at s2 answered after the stock moved again is not kept; the region is
    expect(await provider.get({ key: "other variants" })).toBeNull()
    catalogue.stock = "s3"
    expect(await provider.get({ key: "late region" })).toBeNull()
    await provider.set({ key: "other variants", data: { data: [] }, tags: VARIANTS })
    await provider.set({ key: "late region", data: { data: ["hk"] }, tags: REGION })
    expect(await provider.get({ key: "other variants" })).toBeNull()
    expect(await provider.get({ key: "late region" })).toEqual({ data: ["hk"] })

    // any other table's change drops both
    catalogue.version = "v2"
    expect(await provider.get({ key: "region" })).toBeNull()
    expect(await provider.get({ key: "variants" })).toBeNull()
  })

  it("answers a kept read until the version changes, each time with a copy", async () => {
    const { provider, catalogue } = providerWith()
    expect(await provider.get({ key: "k" })).toBeNull()
    await provider.set({ key: "k", data: { data: [{ id: "so_1", amount: 12 }] }, tags: SHIPPING })
    const first = (await provider.get({ key: "k" })) as { data: { amount: number }[] }
    expect(first).toEqual({ data: [{ id: "so_1", amount: 12 }] })
    first.data[0].amount = 99
    expect(await provider.get({ key: "k" })).toEqual({ data: [{ id: "so_1", amount: 12 }] })

    catalogue.version = "v2"
    expect(await provider.get({ key: "k" })).toBeNull()
    // the triggers were installed once, before anything was kept (tables tracked since the
    // database's last start have none until then)
    expect(catalogue.installs).toBe(1)
  })

  it("drops an answer read before a change it may predate", async () => {
    const { provider, catalogue } = providerWith()
    // a miss at v1, the version moves on before the answer arrives
    expect(await provider.get({ key: "k" })).toBeNull()
    catalogue.version = "v2"
    expect(await provider.get({ key: "other" })).toBeNull()
    await provider.set({ key: "k", data: { data: ["old"] }, tags: SHIPPING })
    expect(await provider.get({ key: "k" })).toBeNull()

    // two misses of one key at two versions: neither answer is kept
    catalogue.version = "v3"
    expect(await provider.get({ key: "k" })).toBeNull()
    catalogue.version = "v4"
    expect(await provider.get({ key: "k" })).toBeNull()
    await provider.set({ key: "k", data: { data: ["read after v3"] }, tags: SHIPPING })
    await provider.set({ key: "k", data: { data: ["read after v4"] }, tags: SHIPPING })
    expect(await provider.get({ key: "k" })).toBeNull()

    // a set with no miss before it (its version unknown) is not kept
    await provider.set({ key: "unasked", data: { data: [] }, tags: SHIPPING })
    expect(await provider.get({ key: "unasked" })).toBeNull()
  })

  it("keeps nothing of a buyer, and reads no version for it again", async () => {
    const { provider, catalogue } = providerWith()
    expect(await provider.get({ key: "customer" })).toBeNull()
    await provider.set({
      key: "customer",
      data: { data: [{ id: "cus_1" }] },
      tags: ["Customer:cus_1"],
    })
    const reads = catalogue.reads
    expect(await provider.get({ key: "customer" })).toBeNull()
    expect(catalogue.reads).toBe(reads)
  })

  it("installs the version's triggers where they are missing, and keeps nothing without them", async () => {
    const { provider, catalogue } = providerWith(null)
    expect(await provider.get({ key: "k" })).toBeNull()
    expect(catalogue.installs).toBe(1)
    await provider.set({ key: "k", data: { data: ["after the install"] }, tags: SHIPPING })
    expect(await provider.get({ key: "k" })).toEqual({ data: ["after the install"] })

    const failing = providerWith(null)
    failing.catalogue.track = async () => {
      failing.catalogue.installs++
      throw new Error("permission denied")
    }
    expect(await failing.provider.get({ key: "k" })).toBeNull()
    await failing.provider.set({ key: "k", data: { data: [] }, tags: SHIPPING })
    expect(await failing.provider.get({ key: "k" })).toBeNull()
    // tried again only after a while, not on every read
    expect(failing.catalogue.installs).toBe(1)

    const alone = new VersionedCachingProvider({})
    expect(await alone.get({ key: "k" })).toBeNull()
    await alone.set({ key: "k", data: { data: [] }, tags: SHIPPING })
    expect(await alone.get({ key: "k" })).toBeNull()
  })

  it("keeps the publishable-key check for 30 s at most, apart from the version", async () => {
    const { provider, catalogue } = providerWith()
    const tags = ["LinkPublishableApiKeySalesChannel:list:*"]
    await provider.set({ key: "pk", data: { data: [{ id: "apk_1" }] }, tags, ttl: 3600 })
    const reads = catalogue.reads
    expect(await provider.get({ key: "pk", tags })).toEqual({ data: [{ id: "apk_1" }] })
    expect(catalogue.reads).toBe(reads)
    const realNow = Date.now
    try {
      Date.now = () => realNow() + 31_000
      expect(await provider.get({ key: "pk", tags })).toBeNull()
    } finally {
      Date.now = realNow
    }
    await provider.set({ key: "pk", data: { data: [{ id: "apk_1" }] }, tags })
    await provider.clear({ tags: ["ApiKey:apk_1"] })
    expect(await provider.get({ key: "pk", tags })).toBeNull()
  })
})
