import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Modules } from "@medusajs/framework/utils"
import { shopSuite } from "../../fixtures/http"
import { eventually } from "../../fixtures/orders"
import { products } from "../../../backend/src/scripts/seed/data/products"

const CHECKPOINT = path.join(os.tmpdir(), `search-reindex-${process.pid}.json`)
// read by the script when it runs: the file shares its worker's app
const REINDEX_ENV = { SEARCH_REINDEX_CHECKPOINT: CHECKPOINT }

type Hit = { id: string; document: { handle: string } }

/**
 * Freshness beyond names (product-search.test.ts covers renames, drafts,
 * moves): a sold-out product leaves the in-stock filter and comes back when
 * restocked, the in-season filter follows this month, and
 * `npm run search:reindex` (backend/src/scripts/search-reindex.ts) rebuilds
 * and resumes from its checkpoint.
 */
shopSuite({ requestEnv: REINDEX_ENV }, ({ api, admin, store, getContainer }) => {
  async function handles(filters: Record<string, unknown>): Promise<string[]> {
    const { data } = await api.post(
      "/store/search",
      { entity: "product", filters, fields: ["id", "handle"], pagination: { take: 50 } },
      store
    )
    return data.results[0].hits.map((h: Hit) => h.document.handle)
  }

  async function setStock(handle: string, quantity: number) {
    const { data } = await api.get(
      `/admin/products?handle=${handle}&fields=variants.inventory_items.inventory_item_id`,
      admin
    )
    for (const variant of data.products[0].variants) {
      const itemId = variant.inventory_items[0].inventory_item_id
      const { data: item } = await api.get(
        `/admin/inventory-items/${itemId}?fields=location_levels.location_id,location_levels.reserved_quantity`,
        admin
      )
      for (const level of item.inventory_item.location_levels) {
        await api.post(
          `/admin/inventory-items/${itemId}/location-levels/${level.location_id}`,
          {
            stocked_quantity: quantity
              ? quantity + Number(level.reserved_quantity ?? 0)
              : Number(level.reserved_quantity ?? 0),
          },
          admin
        )
      }
    }
  }

  it("a sold-out product leaves the in-stock filter and returns when restocked", async () => {
    const golden = "meixian-golden-pomelo"
    expect(await handles({ q: "金柚", in_stock: true })).toContain(golden)
    await setStock(golden, 0)
    await eventually(async () => !(await handles({ q: "金柚", in_stock: true })).includes(golden))
    // still found without the filter: the product page says it is sold out
    expect(await handles({ q: "金柚" })).toContain(golden)
    await setStock(golden, 20)
    await eventually(async () => (await handles({ q: "金柚", in_stock: true })).includes(golden))
  })

  it("the in-season filter keeps the products harvested this month", async () => {
    const month = Number(
      new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", month: "numeric" }).format(
        new Date()
      )
    )
    const inSeason = products
      .filter((p) => p.harvest_months.includes(month))
      .map((p) => p.handle)
      .sort()
    expect((await handles({ in_season: true })).sort()).toEqual(inSeason)
    const all = await handles({})
    expect(all.length).toBeGreaterThan(inSeason.length)
    const bad = await api
      .post("/store/search", { entity: "product", filters: { in_season: "yes" } }, store)
      .catch((e: { response: { status: number } }) => e.response)
    expect(bad.status).toBe(400)
  })

  it("search:reindex rebuilds the index and resumes after its checkpoint", async () => {
    const { default: reindex } = await import("../../../backend/src/scripts/search-reindex")
    const container = getContainer()
    const search = container.resolve(Modules.SEARCH)
    const clear = () =>
      search.deleteDocuments({ index: "product", filters: { status: "published" } })

    await clear()
    expect(await handles({})).toEqual([])
    await reindex({ container, args: ["--restart"] } as never)
    const all = await handles({})
    expect(all.length).toBeGreaterThan(15)
    expect(fs.existsSync(CHECKPOINT)).toBe(false)

    // an interrupted run: the checkpoint says the first half is done
    const { data } = await api.get("/admin/products?limit=100&fields=id,handle&order=id", admin)
    const sorted = [...data.products].sort((a: { id: string }, b: { id: string }) =>
      a.id < b.id ? -1 : 1
    )
    const half = Math.floor(sorted.length / 2)
    fs.writeFileSync(
      CHECKPOINT,
      JSON.stringify({
        last_id: sorted[half - 1].id,
        done: half,
        started_at: new Date().toISOString(),
      })
    )
    await clear()
    await reindex({ container, args: [] } as never)
    const resumed = await handles({})
    const second = sorted.slice(half).map((p: { handle: string }) => p.handle)
    expect(resumed.sort()).toEqual(all.filter((h) => second.includes(h)).sort())
    expect(fs.existsSync(CHECKPOINT)).toBe(false)
  })
})
