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

import {
  chinaDay,
  DAYS,
  dailyTotalsQuery,
  ENTRIES_PER_ORDER,
  fillLedger,
  fillOrderTables,
  ORDER_TABLE_RUNS,
  orderTablesQuery,
  planOrders,
  TARGET_MS,
  WARM_UP,
} from "./aid-ledger-data"

type Context = {
  databaseUrl: string
  /** base URL of the running backend */
  base: string
  env: NodeJS.ProcessEnv
  mode: Mode
}

const fmt = (n: number) => n.toLocaleString("en-US")
const seconds = (ms: number) => (ms / 1000).toFixed(1)

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
