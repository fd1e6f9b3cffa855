import { MikroOrmBase } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { PENDING_TABLE } from "../tracked-tables"

/**
 * The products' handles of pending changes (`FROM` a relation named `c` with
 * their kind and key, each once): a row per handle, or one with a null handle when
 * the key leads to no product (a shipping option's price set, an inventory
 * item of no variant, a row gone for good, or `all`). Deleted rows count: a
 * deleted variant's page must go too.
 */
const handlesOf = (from: string) =>
  `SELECT c.kind, c.key, h.handle
     FROM ${from}
     LEFT JOIN LATERAL (
       SELECT p.handle FROM product p WHERE c.kind = 'product' AND p.id = c.key
       UNION
       SELECT p.handle FROM product_variant v JOIN product p ON p.id = v.product_id
        WHERE c.kind = 'variant' AND v.id = c.key
       UNION
       SELECT p.handle FROM price pr
         JOIN product_variant_price_set l ON l.price_set_id = pr.price_set_id
         JOIN product_variant v ON v.id = l.variant_id JOIN product p ON p.id = v.product_id
        WHERE c.kind = 'price' AND pr.id = c.key
       UNION
       SELECT p.handle FROM product_variant_price_set l
         JOIN product_variant v ON v.id = l.variant_id JOIN product p ON p.id = v.product_id
        WHERE c.kind = 'price_set' AND l.price_set_id = c.key
       UNION
       SELECT p.handle FROM product_variant_inventory_item l
         JOIN product_variant v ON v.id = l.variant_id JOIN product p ON p.id = v.product_id
        WHERE c.kind = 'inventory_item' AND l.inventory_item_id = c.key
     ) h ON true`

/** What a send to the storefront covers of the pending changes. */
export type PendingCover = PendingPages & {
  /** every product's page and the listings (not the other catalogue pages) */
  allProducts: boolean
}

/** Catalogue changes the storefront was not told of yet, as pages. */
export type PendingPages = {
  /** some change names no product (or one gone for good): every catalogue page */
  everything: boolean
  /** the products whose pages changed */
  handles: string[]
}

type PendingRow = { kind: string; key: string | null; handle: string | null }

/** Each kind and key pending once. */
const KEYS = `(SELECT DISTINCT kind, key FROM ${PENDING_TABLE}) c`

/**
 * The catalogue changes the storefront was not told of yet: the version's
 * triggers (repositories/catalogue-change.ts) note at each commit what a
 * write touched (models/catalogue-change-pending.ts); whoever tells the
 * storefront takes them.
 */
export class CatalogueChangePendingRepository extends MikroOrmBase {
  private sql(context: Context): SqlEntityManager {
    return this.getActiveManager<SqlEntityManager>(context)
  }

  /**
   * Takes every pending change (what no event told the storefront, or not
   * yet): the pages they touch. Taken means deleted: each change is sent
   * once, by whoever takes it, after its commit.
   */
  async takePending(context: Context = {}): Promise<PendingPages> {
    const rows = await this.sql(context).execute<PendingRow[]>(
      `WITH taken AS (DELETE FROM ${PENDING_TABLE} RETURNING kind, key)
       ${handlesOf("(SELECT DISTINCT kind, key FROM taken) c")}`
    )
    const everything = rows.some(
      (row) =>
        row.kind === "all" || (row.handle === null && ["product", "variant"].includes(row.kind))
    )
    const handles = [...new Set(rows.flatMap((row) => (row.handle ? [row.handle] : [])))]
    return { everything, handles: handles.sort() }
  }

  /**
   * Takes the pending changes a send of these pages covers: every one when
   * `everything`; with `allProducts`, those that lead to products; else those
   * whose products are all among `handles`.
   */
  async takePendingOf(pages: PendingCover, context: Context = {}): Promise<void> {
    const sql = this.sql(context)
    if (pages.everything) {
      await sql.execute(`DELETE FROM ${PENDING_TABLE}`)
      return
    }
    // the pending rows of each kind and key whose products are all covered
    const covered = pages.allProducts
      ? "bool_and(handle IS NOT NULL)"
      : "bool_and(handle IN (SELECT jsonb_array_elements_text(?::jsonb)))"
    if (!pages.allProducts && !pages.handles.length) return
    await sql.execute(
      `DELETE FROM ${PENDING_TABLE} t
        USING (SELECT kind, key FROM (${handlesOf(KEYS)}) resolved
                GROUP BY kind, key HAVING ${covered}) covered
        WHERE t.kind = covered.kind AND t.key = covered.key`,
      pages.allProducts ? [] : [JSON.stringify(pages.handles)]
    )
  }
}
