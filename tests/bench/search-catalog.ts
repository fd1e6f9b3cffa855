/**
 * A catalogue of BENCH_SEARCH_PRODUCTS products (default 10,000) for the
 * search bench, written in SQL in one transaction (seconds; 10,000
 * product workflows would take many minutes). Every published product of the
 * seed is copied as many times as needed, with everything a real product has
 * in Medusa's tables: options and values, variants with SKUs, prices (the
 * price set and its region rules, not the units' price lists), inventory item
 * and level at the same stock location (one copy in twelve sold out),
 * categories, tags, sales channels, shipping profile and the link to its
 * partner, hence its village and town. Copies get new ids and handles
 * (`<handle>-b<n>`) and titles from the seed's words, a quality in front and a
 * packing behind (精选梅县红肉蜜柚礼盒装, 有机梅县红肉蜜柚家庭装, …): 20 seed products
 * make 2,000 distinct titles. Nothing is written to the search index here
 * (products written in SQL raise no events): the bench reindexes after.
 */
import type pg from "pg"

export const QUALITIES = [
  "精选",
  "有机",
  "高山",
  "生态",
  "农家",
  "特级",
  "新鲜",
  "优选",
  "当季",
  "原产",
]
export const PACKINGS = [
  "",
  "礼盒装",
  "家庭装",
  "尝鲜装",
  "整箱",
  "产地直发",
  "农户自产",
  "助农装",
  "新货",
  "鲜采",
]

/** Handles of the copies end with this and the copy's number. */
export const COPY_MARK = "-b"

type Clone = {
  table: string
  /** Which source rows: a condition on `s` (the source row). */
  where: string
  /** Id-like columns that get the copy's suffix. */
  suffixed: string[]
  /** Columns computed otherwise (SQL over `s` and the copy number `k`). */
  set?: Record<string, string>
}

const SRC_PRODUCTS = "SELECT id FROM bench_src_product"
const SRC_VARIANTS = `SELECT id FROM product_variant WHERE deleted_at IS NULL AND product_id IN (${SRC_PRODUCTS})`
const SRC_OPTIONS = `SELECT product_option_id FROM product_product_option WHERE deleted_at IS NULL AND product_id IN (${SRC_PRODUCTS})`
const SRC_PRICE_SETS = `SELECT price_set_id FROM product_variant_price_set WHERE deleted_at IS NULL AND variant_id IN (${SRC_VARIANTS})`
const SRC_PRICES = `SELECT id FROM price WHERE deleted_at IS NULL AND price_list_id IS NULL AND price_set_id IN (${SRC_PRICE_SETS})`
const SRC_ITEMS = `SELECT inventory_item_id FROM product_variant_inventory_item WHERE deleted_at IS NULL AND variant_id IN (${SRC_VARIANTS})`
/** One copy in twelve sold out, the others 100 to 160 in stock (none reserved). */
const STOCK = "CASE WHEN k % 12 = 0 THEN 0 ELSE 100 + (k % 7) * 10 END"

/** A constant list of words as an SQL array (the words are this file's own). */
function textArray(words: string[]): string {
  return `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(", ")}]::text[]`
}

/** In dependency order; `k` is the copy's number (1, 2, …). */
const CLONES: Clone[] = [
  {
    table: "product",
    where: `s.id IN (${SRC_PRODUCTS})`,
    suffixed: ["id"],
    set: {
      handle: `s.handle || '${COPY_MARK}' || k`,
      title: `(${textArray(QUALITIES)})[1 + k % 10] || s.title || (${textArray(PACKINGS)})[1 + (k / 10) % 10]`,
      external_id: "NULL",
    },
  },
  { table: "product_option", where: `s.id IN (${SRC_OPTIONS})`, suffixed: ["id"] },
  {
    table: "product_option_value",
    where: `s.option_id IN (${SRC_OPTIONS})`,
    suffixed: ["id", "option_id"],
  },
  {
    table: "product_product_option",
    where: `s.product_id IN (${SRC_PRODUCTS})`,
    suffixed: ["id", "product_id", "product_option_id"],
  },
  {
    table: "product_product_option_value",
    where: `s.product_product_option_id IN (SELECT id FROM product_product_option WHERE product_id IN (${SRC_PRODUCTS}))`,
    suffixed: ["id", "product_product_option_id", "product_option_value_id"],
  },
  {
    table: "product_variant",
    where: `s.product_id IN (${SRC_PRODUCTS})`,
    suffixed: ["id", "product_id"],
    set: { sku: "s.sku || '-B' || k", ean: "NULL", upc: "NULL", barcode: "NULL" },
  },
  {
    table: "product_variant_option",
    where: `s.variant_id IN (${SRC_VARIANTS})`,
    suffixed: ["variant_id", "option_value_id"],
  },
  {
    table: "product_category_product",
    where: `s.product_id IN (${SRC_PRODUCTS})`,
    suffixed: ["product_id"],
  },
  { table: "product_tags", where: `s.product_id IN (${SRC_PRODUCTS})`, suffixed: ["product_id"] },
  { table: "image", where: `s.product_id IN (${SRC_PRODUCTS})`, suffixed: ["id", "product_id"] },
  {
    table: "product_sales_channel",
    where: `s.product_id IN (${SRC_PRODUCTS})`,
    suffixed: ["id", "product_id"],
  },
  {
    table: "product_shipping_profile",
    where: `s.product_id IN (${SRC_PRODUCTS})`,
    suffixed: ["id", "product_id"],
  },
  {
    table: "product_product_provenance_partner",
    where: `s.product_id IN (${SRC_PRODUCTS})`,
    suffixed: ["id", "product_id"],
  },
  { table: "price_set", where: `s.id IN (${SRC_PRICE_SETS})`, suffixed: ["id"] },
  { table: "price", where: `s.id IN (${SRC_PRICES})`, suffixed: ["id", "price_set_id"] },
  { table: "price_rule", where: `s.price_id IN (${SRC_PRICES})`, suffixed: ["id", "price_id"] },
  {
    table: "product_variant_price_set",
    where: `s.variant_id IN (${SRC_VARIANTS})`,
    suffixed: ["id", "variant_id", "price_set_id"],
  },
  {
    table: "inventory_item",
    where: `s.id IN (${SRC_ITEMS})`,
    suffixed: ["id"],
    set: { sku: "s.sku || '-B' || k" },
  },
  {
    table: "inventory_level",
    where: `s.inventory_item_id IN (${SRC_ITEMS})`,
    suffixed: ["id", "inventory_item_id"],
    set: {
      stocked_quantity: STOCK,
      raw_stocked_quantity: `jsonb_build_object('value', (${STOCK})::text, 'precision', 20)`,
      reserved_quantity: "0",
      raw_reserved_quantity: `jsonb_build_object('value', '0', 'precision', 20)`,
    },
  },
  {
    table: "product_variant_inventory_item",
    where: `s.variant_id IN (${SRC_VARIANTS})`,
    suffixed: ["id", "variant_id", "inventory_item_id"],
  },
]

async function columnsOf(db: pg.Client, table: string): Promise<string[]> {
  const { rows } = await db.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table]
  )
  if (!rows.length) throw new Error(`search bench: table ${table} not found`)
  return rows.map((r) => r.column_name)
}

function cloneSql(clone: Clone, columns: string[]): string {
  const expression = (column: string) => {
    if (clone.set?.[column]) return clone.set[column]
    if (clone.suffixed.includes(column)) return `s.${column} || '_b' || k`
    if (column === "created_at" || column === "updated_at") return "now()"
    return `s.${column}`
  }
  const live = columns.includes("deleted_at") ? " AND s.deleted_at IS NULL" : ""
  return `INSERT INTO "${clone.table}" (${columns.map((c) => `"${c}"`).join(", ")})
    SELECT ${columns.map(expression).join(", ")}
      FROM "${clone.table}" s CROSS JOIN generate_series(1, $1::int) k
     WHERE ${clone.where}${live}`
}

/**
 * Brings the published catalogue to at least `target` products by copying the
 * seed's; resolves with the number of products now published. A catalogue
 * that already has copies is left as it is.
 */
export async function fillSearchCatalog(db: pg.Client, target: number): Promise<number> {
  const published = async () =>
    Number(
      (
        await db.query<{ n: string }>(
          "SELECT count(*) AS n FROM product WHERE deleted_at IS NULL AND status = 'published'"
        )
      ).rows[0].n
    )
  const copied = await db.query("SELECT 1 FROM product WHERE handle LIKE $1 LIMIT 1", [
    `%${COPY_MARK}1`,
  ])
  if (copied.rowCount) return published()

  await db.query("BEGIN")
  try {
    await db.query(
      `CREATE TEMP TABLE bench_src_product ON COMMIT DROP AS
         SELECT id FROM product WHERE deleted_at IS NULL AND status = 'published'`
    )
    const shared = await db.query(
      `SELECT 1 FROM product_option WHERE is_exclusive = false AND id IN (${SRC_OPTIONS}) LIMIT 1`
    )
    if (shared.rowCount)
      throw new Error("search bench: copying shared product options is not supported")
    const sources = Number(
      (await db.query("SELECT count(*) AS n FROM bench_src_product")).rows[0].n
    )
    const copies = Math.max(0, Math.ceil((target - sources) / Math.max(1, sources)))
    for (const clone of CLONES) {
      await db.query(cloneSql(clone, await columnsOf(db, clone.table)), [copies])
    }
    await db.query("COMMIT")
  } catch (error) {
    await db.query("ROLLBACK")
    throw error
  }
  await db.query("ANALYZE")
  return published()
}
