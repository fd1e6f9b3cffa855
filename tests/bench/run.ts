/**
 * npm run bench: figures for the running shop, printed, never asserted.
 *
 * Builds the backend (skip with BENCH_SKIP_BUILD=1 when a build exists), starts
 * a fresh embedded Postgres in a temporary folder, and measures: migrations and
 * seed on an empty database, boot time and memory of `medusa start`, and the
 * latency of the store routes the storefront uses, one request at a time and
 * ten at a time; sign-in with known and unknown e-mails (sign-in.ts); then
 * the 付款通知书 PDF for 1 and 1,000 rows (payment-notice.ts); the
 * validation of a 1,000-row bulk-order file (bulk-validate.ts); the time to
 * create a 1,000-row bulk order (bulk-orders.ts); the aid ledger at volume
 * (aid-ledger.ts); a unit's statement over 10,000 ledger entries
 * (unit-statement.ts); search suggestions and query tiers at 10,000 products
 * (search.ts, in process); last, search on PostgreSQL at 10,000 products:
 * catalogue, full reindex, search and suggestion latency (search-postgres.ts).
 * Then section `stock` (stock.ts): the shop side by side with a stock Medusa of
 * the same version; section `topology` (topology.ts): servers and a worker
 * apart on Redis. BENCH_ONLY=<sections, comma-separated> runs only those
 * (only.ts). All traffic stays on 127.0.0.1.
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import { freePort, startEmbeddedPostgres, tmpDataDir } from "../../backend/launcher/database"
import { stopAll, waitForHttp } from "../../backend/launcher/processes"
import { buildBackend, migrate, seed, startBackend } from "../../backend/launcher/shop"
import { readPublishableKey } from "../../backend/launcher/storefront-env"
import { benchStorefront } from "./lighthouse"
import { benchStorefrontPages } from "./storefront-pages"
import { benchAidLedger } from "./aid-ledger"
import { benchPaymentNotice } from "./payment-notice"
import { benchBulkOrders } from "./bulk-orders"
import { benchSignIn } from "./sign-in"
import { benchBulkValidate } from "./bulk-validate"
import { benchUnitStatement } from "./unit-statement"
import { benchSearchTable } from "./search"
import { benchSearchPostgres } from "./search-postgres"
import { benchSection } from "./only"
import { benchCatalogCache } from "./catalog-cache"
import { percentile, timed } from "./stats"
import { benchTopology } from "./topology"
import { benchStock } from "./stock"

const SEQUENTIAL = 200
const CONCURRENT_WORKERS = 10
const CONCURRENT_TOTAL = 500

/** Resident memory (MiB) of a process and all its descendants. */
function treeRssMiB(pid: number): number {
  const out = execFileSync("ps", ["-e", "-o", "pid=,ppid=,rss="], { encoding: "utf8" })
  const rows = out
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/).map(Number))
  const inTree = new Set([pid])
  let grew = true
  while (grew) {
    grew = false
    for (const [p, pp] of rows) {
      if (inTree.has(pp) && !inTree.has(p)) {
        inTree.add(p)
        grew = true
      }
    }
  }
  return rows.filter(([p]) => inTree.has(p)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024
}

async function main() {
  if (benchSection("shop")) await benchShop()
  if (benchSection("stock"))
    await benchStock({ buildShop: !benchSection("shop") && process.env.BENCH_SKIP_BUILD !== "1" })
  // servers and workers apart on Redis: figures per process for the capacity plan (topology.ts)
  if (benchSection("topology")) await benchTopology()
}

async function benchShop() {
  const note = (name: string, value: string) => console.log(`${name}: ${value}`)

  const dir = tmpDataDir("meixian-bench-")
  fs.chmodSync(dir, 0o777)
  const database = await startEmbeddedPostgres({
    dir,
    port: await freePort(),
    database: "bench",
    persistent: false,
  })
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: database.url,
    JWT_SECRET: "bench",
    COOKIE_SECRET: "bench",
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  try {
    if (process.env.BENCH_SKIP_BUILD !== "1") {
      note("medusa build (s)", ((await timed(() => buildBackend(env)))[1] / 1000).toFixed(1))
    }
    note(
      "migrations on an empty database (s)",
      ((await timed(() => migrate("production", env)))[1] / 1000).toFixed(1)
    )
    note("seed, first run (s)", ((await timed(() => seed("production", env)))[1] / 1000).toFixed(1))
    note(
      "seed, second run: nothing to add (s)",
      ((await timed(() => seed("production", env)))[1] / 1000).toFixed(1)
    )

    const base = `http://127.0.0.1:${port}`
    const [server, bootMs] = await timed(async () => {
      const child = startBackend("production", port, env)
      await waitForHttp(`${base}/health`, 180_000)
      return child
    })
    note("medusa start to /health (s)", (bootMs / 1000).toFixed(1))

    const key = await readPublishableKey(database.url)
    const headers = { "x-publishable-api-key": key }
    const get = async (path: string) => {
      const response = await fetch(base + path, { headers })
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
      return response.json()
    }
    const { regions } = await get("/store/regions")
    const { products } = await get("/store/products?limit=1&fields=id")
    const region = regions[0].id
    const priced = "*variants.calculated_price"
    const routes: [string, string][] = [
      ["towns", "/store/towns"],
      ["one town", "/store/towns/bingcun"],
      ["one partner", "/store/partners/dongxi-agritech"],
      ["20 products, prices", `/store/products?limit=20&region_id=${region}&fields=${priced}`],
      [
        "20 products, prices + partner + town",
        `/store/products?limit=20&region_id=${region}&fields=*partner,*partner.town,${priced}`,
      ],
      [
        "one product, prices + partner + town",
        `/store/products/${products[0].id}?region_id=${region}&fields=*partner,*partner.town,${priced}`,
      ],
    ]

    if (benchSection("routes")) {
      console.log(
        `\nStore routes, ${SEQUENTIAL} requests one at a time after 20 warm-up requests (ms):`
      )
      console.log(["route", "p50", "p95", "max"].join("\t"))
      for (const [label, route] of routes) {
        for (let i = 0; i < 20; i++) await get(route)
        const times: number[] = []
        for (let i = 0; i < SEQUENTIAL; i++) times.push((await timed(() => get(route)))[1])
        times.sort((a, b) => a - b)
        const row = [percentile(times, 50), percentile(times, 95), times[times.length - 1]].map(
          (t) => t.toFixed(1)
        )
        console.log([label.padEnd(38), ...row].join("\t"))
      }

      const listRoute = routes[4][1]
      let next = 0
      const [, totalMs] = await timed(() =>
        Promise.all(
          Array.from({ length: CONCURRENT_WORKERS }, async () => {
            while (next++ < CONCURRENT_TOTAL) await get(listRoute)
          })
        )
      )
      note(
        `\n20 products with partner and town, ${CONCURRENT_TOTAL} requests ${CONCURRENT_WORKERS} at a time (requests/s)`,
        ((CONCURRENT_TOTAL / totalMs) * 1000).toFixed(0)
      )
      note("medusa start resident memory after the load (MiB)", treeRssMiB(server.pid!).toFixed(0))
    }

    if (benchSection("catalog-cache")) await benchCatalogCache({ env, publishableKey: key })
    if (benchSection("sign-in")) await benchSignIn({ base })
    if (benchSection("search")) await benchSearchTable()
    if (benchSection("payment-notice")) await benchPaymentNotice()
    if (benchSection("bulk-validate")) await benchBulkValidate({ base, publishableKey: key, env })

    if (benchSection("bulk-orders")) await benchBulkOrders({ env, mode: "production" })

    if (process.env.BENCH_LIGHTHOUSE !== "0" && benchSection("lighthouse")) {
      await benchStorefront({
        backendUrl: base,
        publishableKey: key,
        env,
        build: process.env.BENCH_SKIP_BUILD !== "1",
      })
    }
    if (benchSection("storefront-pages")) {
      await benchStorefrontPages({ backendUrl: base, publishableKey: key, env })
    }

    if (benchSection("statement")) {
      await benchUnitStatement({ databaseUrl: database.url, base, env, publishableKey: key })
    }

    if (benchSection("aid-ledger")) {
      await benchAidLedger({ databaseUrl: database.url, base, env, mode: "production" })
    }

    if (benchSection("search")) {
      await benchSearchPostgres({ databaseUrl: database.url, base, env, publishableKey: key })
    }
  } finally {
    await stopAll()
    await database.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
