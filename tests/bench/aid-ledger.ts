/**
 * The aid ledger at volume, part of `npm run bench` (printed, never asserted).
 *
 * Against the bench's migrated, seeded database and its running `medusa start`:
 *
 * 1. fills `aid_entry` with BENCH_AID_ENTRIES entries (default 1,000,000) in
 *    SQL: about three years of orders of the seeded products (so of the seeded
 *    partners and towns), ~3 lines per order, both buyer kinds, a few refunds
 *    and cancellations; then rebuilds the daily totals with the module's own
 *    `rebuildDailyTotals` (`medusa exec aid-rebuild-totals.ts`);
 * 2. measures `GET /admin/aid/summary` by town and by month, for one year and
 *    for all time, over HTTP with an admin token;
 * 3. writes the same orders into Medusa's own order tables (`order`,
 *    `order_item`, `order_line_item`) and times the SQL a report without the
 *    ledger would need: orders → items → line items → product-partner link →
 *    partner → town, summing unit_price × quantity.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { performance } from "node:perf_hooks"
import pg from "pg"
import { run } from "../../backend/launcher/processes"
import { medusaDir, type Mode } from "../../backend/launcher/shop"
import { bin } from "../../backend/launcher/workspace"
import { adminCredentials } from "../../backend/src/scripts/seed/admin-credentials"
import { percentile, timed } from "./stats"

/** Lines per order average 3 (1 to 5); 3 % of orders are canceled, 5 % partly refunded. */
const CANCELED = 0.03
const REFUNDED = 0.05
const ENTRIES_PER_ORDER = 3 * (1 + CANCELED) + REFUNDED
const DAYS = 3 * 365
const TARGET_MS = 100
const WARM_UP = 10
const ORDER_TABLE_RUNS = 3

type Context = {
  databaseUrl: string
  /** base URL of the running backend */
  base: string
  env: NodeJS.ProcessEnv
  mode: Mode
}

const fmt = (n: number) => n.toLocaleString("en-US")
const seconds = (ms: number) => (ms / 1000).toFixed(1)

/** Today in China (UTC+8, no daylight saving), YYYY-MM-DD, shifted by `days`. */
function chinaDay(days = 0) {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10)
}

/** SQL: the China-time day (or month, with `YYYY-MM`) of a timestamptz. */
const chinaText = (column: string, format: string) =>
  `to_char((${column} AT TIME ZONE 'UTC') + interval '8 hours', '${format}')`

/**
 * The orders of the benchmark, in temporary tables of this connection, used
 * for both the ledger and Medusa's order tables: `bench_variant` (the seeded
 * variants with product, partner, town and price), `bench_order`, `bench_line`.
 */
async function planOrders(db: pg.Client, orders: number) {
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
async function fillLedger(db: pg.Client) {
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
async function fillOrderTables(db: pg.Client) {
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
function orderTablesQuery(groupBy: "town" | "month", range?: { from: string; to: string }) {
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
function dailyTotalsQuery(groupBy: "town" | "month", range?: { from: string; to: string }) {
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

async function rebuildDailyTotals(ctx: Context): Promise<number> {
  const result = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), "meixian-bench-aid-")),
    "result.json"
  )
  try {
    await run(
      "aid rebuild",
      bin("medusa"),
      ["exec", path.join(__dirname, "aid-rebuild-totals.ts")],
      {
        cwd: medusaDir(ctx.mode),
        env: { ...ctx.env, BENCH_AID_RESULT: result },
      }
    )
    return JSON.parse(fs.readFileSync(result, "utf8")).ms
  } finally {
    fs.rmSync(path.dirname(result), { recursive: true, force: true })
  }
}

export async function benchAidLedger(ctx: Context) {
  const target = Number(process.env.BENCH_AID_ENTRIES ?? 1_000_000)
  if (!(target > 0)) {
    console.log("\nAid ledger: skipped (BENCH_AID_ENTRIES=0)")
    return
  }
  const orders = Math.max(1, Math.round(target / ENTRIES_PER_ORDER))
  const started = performance.now()
  const db = new pg.Client({ connectionString: ctx.databaseUrl })
  await db.connect()
  try {
    await db.query("SET synchronous_commit = off")
    console.log(
      `\nAid ledger, about ${fmt(target)} entries over ${DAYS / 365} years (BENCH_AID_ENTRIES):`
    )

    const [entries, fillMs] = await timed(async () => {
      await planOrders(db, orders)
      return fillLedger(db)
    })
    const {
      rows: [shape],
    } = await db.query(`
      SELECT count(*) AS orders, sum(lines) AS lines, count(canceled_at) AS canceled, count(refund_id) AS refunded,
             count(*) FILTER (WHERE unit) AS unit_orders FROM bench_order`)
    console.log(
      `fill aid_entry with SQL (s): ${seconds(fillMs)}  (${fmt(entries)} entries: ${fmt(Number(shape.lines))} sale lines ` +
        `of ${fmt(Number(shape.orders))} orders, ${fmt(Number(shape.unit_orders))} by units; ` +
        `${fmt(Number(shape.canceled))} canceled, ${fmt(Number(shape.refunded))} partly refunded)`
    )
    console.log(
      `vacuum analyze aid_entry (s): ${seconds((await timed(() => db.query("VACUUM ANALYZE aid_entry")))[1])}`
    )
    const rebuildMs = await rebuildDailyTotals(ctx)
    await db.query("VACUUM ANALYZE aid_daily_total")
    const {
      rows: [totals],
    } = await db.query(
      `SELECT count(*) AS n, count(DISTINCT day) AS days FROM aid_daily_total WHERE deleted_at IS NULL`
    )
    console.log(
      `rebuildDailyTotals, the module's code through medusa exec (s): ${seconds(rebuildMs)}  ` +
        `(${fmt(Number(totals.n))} daily total rows over ${fmt(Number(totals.days))} days)`
    )

    // The summary over HTTP, as the admin's report page calls it.
    const { email, password } = adminCredentials(ctx.env)
    const login = await fetch(`${ctx.base}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    })
    if (!login.ok) throw new Error(`admin login: ${login.status} ${await login.text()}`)
    const { token } = await login.json()
    const get = async (route: string) => {
      const response = await fetch(ctx.base + route, {
        headers: { authorization: `Bearer ${token}` },
      })
      if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`)
      return response.json()
    }
    const year = { from: chinaDay(-364), to: chinaDay() }
    const cases = [
      { label: "by town, one year", groupBy: "town" as const, range: year },
      { label: "by town, all time", groupBy: "town" as const, range: undefined },
      { label: "by month, one year", groupBy: "month" as const, range: year },
      { label: "by month, all time", groupBy: "month" as const, range: undefined },
    ]
    const requests = Math.max(1, Number(process.env.BENCH_AID_REQUESTS ?? 50))
    console.log(
      `\nGET /admin/aid/summary, ${requests} requests one at a time after ${WARM_UP} warm-up requests (ms); ` +
        `one year = ${year.from} to ${year.to}:`
    )
    console.log(
      ["query".padEnd(20), "p50", "p95", "max", "target", "rows", "total amount"].join("\t")
    )
    const http = new Map<string, number>()
    let ledgerTotal = "0"
    for (const c of cases) {
      const route =
        `/admin/aid/summary?group_by=${c.groupBy}` +
        (c.range ? `&from=${c.range.from}&to=${c.range.to}` : "")
      let body: any
      for (let i = 0; i < WARM_UP; i++) body = await get(route)
      const times: number[] = []
      for (let i = 0; i < requests; i++) times.push((await timed(() => get(route)))[1])
      times.sort((a, b) => a - b)
      const p95 = percentile(times, 95)
      http.set(c.label, percentile(times, 50))
      if (!c.range) ledgerTotal = body.total.amount
      console.log(
        [
          c.label.padEnd(20),
          ...[percentile(times, 50), p95, times[times.length - 1]].map((t) => t.toFixed(1)),
          `< ${TARGET_MS} ${p95 < TARGET_MS ? "(met)" : "(MISSED)"}`,
          body.rows.length,
          body.total.amount,
        ].join("\t")
      )
    }

    // The same orders in Medusa's own tables, and the SQL a report would need there.
    const [, orderFillMs] = await timed(() => fillOrderTables(db))
    // Statistics for every table, the small ones too: Postgres never analyzes
    // by itself a table with fewer than 50 changed rows (e.g. the product-partner
    // link), and without statistics the join falls back to nested loops.
    const [, orderVacuumMs] = await timed(() => db.query("VACUUM ANALYZE"))
    console.log(
      `\nThe same ${fmt(Number(shape.orders))} orders and ${fmt(Number(shape.lines))} lines in Medusa's order tables: ` +
        `filled with SQL in ${seconds(orderFillMs)} s, vacuum analyze (whole database) ${seconds(orderVacuumMs)} s`
    )
    console.log(
      `Amount per town / per month: summary over HTTP (p50), the ledger's SQL on the daily totals and ` +
        `the SQL on the order tables (median of ${ORDER_TABLE_RUNS} after one warm-up) (ms):`
    )
    console.log(
      ["query".padEnd(20), "HTTP ledger", "SQL ledger", "SQL order tables", "rows"].join("\t")
    )
    const median = async (query: { text: string; values: unknown[] }, runs: number) => {
      let rows: any[] = (await db.query(query)).rows
      const times: number[] = []
      for (let i = 0; i < runs; i++) {
        const [result, ms] = await timed(() => db.query(query))
        rows = result.rows
        times.push(ms)
      }
      times.sort((a, b) => a - b)
      return { ms: percentile(times, 50), rows }
    }
    let ordersTotal = "0"
    for (const c of cases) {
      const ledger = await median(dailyTotalsQuery(c.groupBy, c.range), 20)
      const orderTables = await median(orderTablesQuery(c.groupBy, c.range), ORDER_TABLE_RUNS)
      if (!c.range && c.groupBy === "town") {
        ordersTotal = orderTables.rows
          .reduce((sum: number, row: any) => sum + Number(row.amount), 0)
          .toFixed(2)
      }
      console.log(
        [
          c.label.padEnd(20),
          http.get(c.label)!.toFixed(1).padStart(11),
          ledger.ms.toFixed(1).padStart(10),
          orderTables.ms.toFixed(1).padStart(16),
          orderTables.rows.length,
        ].join("\t")
      )
    }
    const {
      rows: [refunds],
    } = await db.query(
      `SELECT coalesce(-sum(amount), 0)::text AS amount FROM aid_entry WHERE kind = 'refund' AND id LIKE 'aident_BENCH%'`
    )
    console.log(
      `Check, all time: ledger ¥${ledgerTotal}; order tables (not canceled) ¥${ordersTotal} less refunds ¥${refunds.amount} ` +
        `= ¥${(Number(ordersTotal) - Number(refunds.amount)).toFixed(2)}`
    )
    console.log(`aid ledger part, wall time (s): ${seconds(performance.now() - started)}`)
  } finally {
    await db.end()
  }
}
