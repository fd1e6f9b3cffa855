/**
 * The aid-ledger bench's data (tests/bench/aid-ledger.ts): about three years
 * of orders of the seeded products planned in temporary tables, written into
 * `aid_entry` and into Medusa's own order tables, and the two report queries
 * it compares (the order tables against the daily totals).
 */
import type pg from "pg"

/** Lines per order average 3 (1 to 5); 3 % of orders are canceled, 5 % partly refunded. */
export const CANCELED = 0.03
export const REFUNDED = 0.05
export const ENTRIES_PER_ORDER = 3 * (1 + CANCELED) + REFUNDED
export const DAYS = 3 * 365
export const TARGET_MS = 100
export const WARM_UP = 10
export const ORDER_TABLE_RUNS = 3

/** Today in China (UTC+8, no daylight saving), YYYY-MM-DD, shifted by `days`. */
export function chinaDay(days = 0) {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10)
}

/** SQL: the China-time day (or month, with `YYYY-MM`) of a timestamptz. */
export const chinaText = (column: string, format: string) =>
  `to_char((${column} AT TIME ZONE 'UTC') + interval '8 hours', '${format}')`

/**
 * The orders of the benchmark, in temporary tables of this connection, used
 * for both the ledger and Medusa's order tables: `bench_variant` (the seeded
 * variants with product, partner, town and price), `bench_order`, `bench_line`.
 */
export async function planOrders(db: pg.Client, orders: number) {
  await db.query("SELECT setseed(0.2026)")
  const variants = await db.query(`
    CREATE TEMP TABLE bench_variant AS
    SELECT (row_number() OVER (ORDER BY v.id) - 1)::int AS n, v.id AS variant_id, v.title AS variant_title,
           v.sku AS variant_sku, p.id AS product_id, p.title AS product_title, p.handle AS product_handle,
           l.partner_id, pt.town_id, pr.amount AS price
      FROM product_variant v
      JOIN product p ON p.id = v.product_id AND p.deleted_at IS NULL
      JOIN product_product_provenance_partner l ON l.product_id = p.id AND l.deleted_at IS NULL
      JOIN partner pt ON pt.id = l.partner_id AND pt.deleted_at IS NULL
      JOIN product_variant_price_set vps ON vps.variant_id = v.id AND vps.deleted_at IS NULL
      JOIN LATERAL (SELECT amount FROM price
                     WHERE price_set_id = vps.price_set_id AND currency_code = 'cny' AND deleted_at IS NULL
                       AND price_list_id IS NULL
                     ORDER BY rules_count, amount LIMIT 1) pr ON true
     WHERE v.deleted_at IS NULL`)
  if (!variants.rowCount)
    throw new Error("No seeded variant with a partner and a CNY price: did the seed run?")

  // Placed over the last three years, growing: 30 % spread evenly, 70 % more
  // and more towards today. A quarter of the orders are units' (bulk) orders.
  await db.query(`
    CREATE TEMP TABLE bench_order AS
    SELECT n, 'order_BENCH' || lpad(n::text, 21, '0') AS id, placed_at, unit, lines, fate,
           'cus_BENCH' || lpad((1 + (n::bigint * 7919) % 60000)::text, 21, '0') AS customer_id,
           CASE WHEN unit THEN 'unit_BENCH' || lpad((1 + (n::bigint * 104729) % 300)::text, 20, '0') END AS unit_id,
           CASE WHEN fate < ${CANCELED} THEN least(now(), placed_at + random() * interval '2 days') END AS canceled_at,
           CASE WHEN fate >= ${CANCELED} AND fate < ${CANCELED + REFUNDED}
                THEN 'refund_BENCH' || lpad(n::text, 20, '0') END AS refund_id,
           least(now(), placed_at + (3 + random() * 12) * interval '1 day') AS refunded_at,
           (0.2 + 0.8 * random())::numeric AS refund_share
      FROM (SELECT n,
                   now() - ${DAYS} * (CASE WHEN random() < 0.3 THEN random() ELSE 1 - sqrt(random()) END)
                           * interval '1 day' AS placed_at,
                   random() < 0.25 AS unit,
                   1 + floor(random() * 5)::int AS lines,
                   random() AS fate
              FROM generate_series(1, ${orders}) n) s`)
  await db.query(`ALTER TABLE bench_order ADD PRIMARY KEY (n)`)

  // Each line a random seeded variant; consumers buy 1-3, units 2-30.
  await db.query(`
    CREATE TEMP TABLE bench_line AS
    WITH l AS MATERIALIZED (
      SELECT o.n AS order_n, k, floor(random() * ${variants.rowCount})::int AS vn,
             CASE WHEN o.unit THEN 2 + floor(random() * 29)::int ELSE 1 + floor(random() * 3)::int END AS qty
        FROM bench_order o, generate_series(1, o.lines) k)
    SELECT l.order_n, l.k, 'ordli_BENCH' || lpad((l.order_n * 8 + l.k)::text, 21, '0') AS id,
           'orditem_BENCH' || lpad((l.order_n * 8 + l.k)::text, 19, '0') AS order_item_id,
           l.qty, round(v.price * l.qty, 2) AS amount, v.price,
           v.variant_id, v.variant_title, v.variant_sku, v.product_id, v.product_title, v.product_handle,
           v.partner_id, v.town_id
      FROM l JOIN bench_variant v ON v.n = l.vn`)
  await db.query(`ANALYZE bench_order; ANALYZE bench_line`)
}

/** Appends the planned orders to the ledger: sales, cancellations, refunds. */
export async function fillLedger(db: pg.Client) {
  const result = await db.query(`
    INSERT INTO aid_entry
      (id, entry_key, kind, source_id, order_id, order_display_id, line_item_id, product_id, variant_id,
       product_title, variant_title, partner_id, town_id, quantity, amount, raw_amount, currency_code,
       buyer_kind, unit_id, customer_id, occurred_at, day)
    SELECT 'aident_BENCH' || e.tag || lpad((l.order_n * 8 + l.k)::text, 19, '0'),
           e.kind || ':' || e.source_id || ':' || l.id, e.kind, e.source_id, o.id, o.n, l.id,
           l.product_id, l.variant_id, l.product_title, l.variant_title, l.partner_id, l.town_id,
           e.quantity, e.amount, jsonb_build_object('value', e.amount::text, 'precision', 20), 'cny',
           CASE WHEN o.unit THEN 'unit' ELSE 'consumer' END, o.unit_id, o.customer_id,
           e.at, ${chinaText("e.at", "YYYY-MM-DD")}
      FROM bench_line l
      JOIN bench_order o ON o.n = l.order_n
     CROSS JOIN LATERAL (
           SELECT 'S' AS tag, 'sale' AS kind, o.id AS source_id, l.qty AS quantity, l.amount, o.placed_at AS at
           UNION ALL
           SELECT 'C', 'cancellation', o.id, -l.qty, -l.amount, o.canceled_at
            WHERE o.canceled_at IS NOT NULL
           UNION ALL
           SELECT 'R', 'refund', o.refund_id, 0, -greatest(0.01, round(l.amount * o.refund_share, 2)), o.refunded_at
            WHERE o.refund_id IS NOT NULL AND l.k = 1
         ) e`)
  return result.rowCount ?? 0
}

/** Writes the same orders into Medusa's order tables. */
export async function fillOrderTables(db: pg.Client) {
  const {
    rows: [ids],
  } = await db.query(`
    SELECT (SELECT id FROM region WHERE currency_code = 'cny' AND deleted_at IS NULL ORDER BY created_at LIMIT 1) AS region_id,
           (SELECT id FROM sales_channel WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1) AS sales_channel_id`)
  await db.query(
    `INSERT INTO "order" (id, region_id, customer_id, version, sales_channel_id, status, email, currency_code,
                          metadata, created_at, updated_at, canceled_at)
     SELECT id, $1, customer_id, 1, $2,
            (CASE WHEN canceled_at IS NULL THEN 'completed' ELSE 'canceled' END)::order_status_enum,
            'buyer' || (n % 60000) || '@example.cn', 'cny',
            CASE WHEN unit THEN jsonb_build_object('unit_id', unit_id) END,
            placed_at, coalesce(canceled_at, placed_at), canceled_at
       FROM bench_order`,
    [ids.region_id, ids.sales_channel_id]
  )
  await db.query(`
    INSERT INTO order_line_item
      (id, title, subtitle, variant_id, product_id, product_title, product_handle, variant_sku, variant_title,
       requires_shipping, is_discountable, is_tax_inclusive, unit_price, raw_unit_price, created_at, updated_at)
    SELECT l.id, l.product_title, l.variant_title, l.variant_id, l.product_id, l.product_title, l.product_handle,
           l.variant_sku, l.variant_title, true, true, true, l.price,
           jsonb_build_object('value', l.price::text, 'precision', 20), o.placed_at, o.placed_at
      FROM bench_line l JOIN bench_order o ON o.n = l.order_n`)
  await db.query(`
    INSERT INTO order_item
      (id, order_id, version, item_id, quantity, raw_quantity, fulfilled_quantity, raw_fulfilled_quantity,
       shipped_quantity, raw_shipped_quantity, delivered_quantity, raw_delivered_quantity,
       return_requested_quantity, return_received_quantity, return_dismissed_quantity, written_off_quantity,
       created_at, updated_at)
    SELECT l.order_item_id, o.id, 1, l.id, l.qty, jsonb_build_object('value', l.qty::text, 'precision', 20),
           s.done, jsonb_build_object('value', s.done::text, 'precision', 20),
           s.done, jsonb_build_object('value', s.done::text, 'precision', 20),
           s.done, jsonb_build_object('value', s.done::text, 'precision', 20),
           0, 0, 0, 0, o.placed_at, coalesce(o.canceled_at, o.placed_at)
      FROM bench_line l JOIN bench_order o ON o.n = l.order_n
     CROSS JOIN LATERAL (SELECT CASE WHEN o.canceled_at IS NULL THEN l.qty ELSE 0 END AS done) s`)
}

/**
 * What a report without the ledger would run: every line of every order that
 * is not canceled, through the product's partner to its town, summed by town
 * or by China-time month. (It still ignores refunds, returns, edits and
 * discounts, which the ledger accounts for: a lower bound of the real work.)
 */
export function orderTablesQuery(groupBy: "town" | "month", range?: { from: string; to: string }) {
  const key = groupBy === "town" ? "pt.town_id" : chinaText("o.created_at", "YYYY-MM")
  const params = range ? [`${range.from}T00:00:00+08:00`, `${range.to}T00:00:00+08:00`] : []
  return {
    text: `
      SELECT ${key} AS key, sum(li.unit_price * oi.quantity)::text AS amount, sum(oi.quantity) AS quantity
        FROM "order" o
        JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
        JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
        JOIN product_product_provenance_partner pp ON pp.product_id = li.product_id AND pp.deleted_at IS NULL
        JOIN partner pt ON pt.id = pp.partner_id
       WHERE o.deleted_at IS NULL AND o.is_draft_order = false AND o.canceled_at IS NULL
         AND o.currency_code = 'cny'
         ${range ? "AND o.created_at >= $1 AND o.created_at < $2::timestamptz + interval '1 day'" : ""}
       GROUP BY 1 ORDER BY 1`,
    values: params,
  }
}

/** The grouped query of `AidModuleService.summarize` on the daily totals (no other filter). */
export function dailyTotalsQuery(groupBy: "town" | "month", range?: { from: string; to: string }) {
  const key = groupBy === "town" ? "town_id" : "substr(day, 1, 7)"
  const level = groupBy === "town" ? "town" : "all"
  return {
    text: `
      SELECT ${key} AS key, coalesce(sum(amount), 0)::text AS amount, coalesce(sum(quantity), 0)::bigint AS quantity,
             coalesce(sum(orders), 0)::bigint AS orders
        FROM aid_daily_total
       WHERE deleted_at IS NULL AND level = '${level}' ${range ? "AND day >= $1 AND day <= $2" : ""}
       GROUP BY 1 ORDER BY 1`,
    values: range ? [range.from, range.to] : [],
  }
}
