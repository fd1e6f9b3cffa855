/**
 * The catalogue and the database access of search-statements.ts: 10,000
 * products built from the seed's (20 products × qualities and packings, one
 * copy in twelve sold out, one in fifty a draft, one in twenty in another
 * sales channel), and MikroORM's manager shape on a pg client.
 */
import type pg from "pg"
import type { ProductRow } from "../../backend/src/search/product-document"
import { partners } from "../../backend/src/scripts/seed/data/partners"
import { products } from "../../backend/src/scripts/seed/data/products"
import { towns } from "../../backend/src/scripts/seed/data/towns"

export const COUNT = Number(process.env.BENCH_SEARCH_PRODUCTS ?? 10_000)
export const CHANNEL = "sc_bench"
const QUALITIES = ["精选", "有机", "高山", "生态", "农家", "特级", "新鲜", "优选", "当季", "原产"]
const PACKINGS = ["", "礼盒装", "家庭装", "尝鲜装", "整箱", "产地直发", "农户自产", "助农装"]

export type Manager = {
  execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>
  transactional: <T>(run: (manager: Manager) => Promise<T>) => Promise<T>
}

export function catalogue(): ProductRow[] {
  return Array.from({ length: COUNT }, (_, i) => {
    const base = products[i % products.length]
    const partner = partners.find((p) => p.handle === base.partner) ?? partners[0]
    const town = towns.find((t) => t.handle === partner.town) ?? towns[0]
    const copy = Math.floor(i / products.length)
    return {
      id: `prod_${String(i).padStart(6, "0")}`,
      handle: i < products.length ? base.handle : `${base.handle}-b${copy}`,
      title: `${QUALITIES[copy % QUALITIES.length]}${base.title}${PACKINGS[Math.floor(copy / QUALITIES.length) % PACKINGS.length]}`,
      subtitle: base.subtitle,
      description: base.description,
      status: i >= products.length && i % 50 === 7 ? "draft" : "published",
      created_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
      metadata: { harvest_months: base.harvest_months },
      sales_channels: [{ id: i >= products.length && i % 20 === 3 ? "sc_other" : CHANNEL }],
      categories: base.categories.map((handle) => ({ handle, name: handle })),
      tags: base.tags.map((value) => ({ value })),
      variants: [
        {
          manage_inventory: true,
          allow_backorder: false,
          inventory_items: [
            {
              inventory: {
                location_levels: [
                  { stocked_quantity: i % 12 === 11 ? 0 : 50, reserved_quantity: 0 },
                ],
              },
            },
          ],
        },
      ],
      partner: {
        handle: partner.handle,
        name: partner.name,
        town: { handle: town.handle, name: town.name },
      },
    }
  })
}

/**
 * MikroORM's `?` placeholders on a pg client, optionally recording the
 * statements; `transactional` as MikroORM's (the bench runs one search at a time).
 */
export function managerOf(db: pg.Client, log?: { sql: string; params: unknown[] }[]): Manager {
  const manager: Manager = {
    execute: async (sql, params = []) => {
      let n = 0
      const text = sql.replace(/\?/g, () => `$${++n}`)
      log?.push({ sql: text, params })
      return (await db.query(text, params)).rows as Record<string, unknown>[]
    },
    transactional: async (run) => {
      await db.query("BEGIN")
      try {
        const result = await run(manager)
        await db.query("COMMIT")
        return result
      } catch (error) {
        await db.query("ROLLBACK")
        throw error
      }
    },
  }
  return manager
}
