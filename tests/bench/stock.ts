/**
 * Bench section `stock` (BENCH_ONLY=stock): the shop's production build side
 * by side with a stock Medusa of the same version (stock-app.ts), each with
 * and without the Redis modules, on one embedded Postgres (a database each)
 * and one Redis (a database number each). Every figure is measured in
 * interleaved rounds (stock, shop, stock + Redis, shop + Redis, then the
 * other way round), then the shop as one server process with a worker process
 * beside it on Redis (MEDUSA_WORKER_MODE=server|worker; its memory is the
 * server's), then as `npm start` runs it with MEDUSA_SERVERS=2 on a 2-core
 * machine: two servers on one port (the launcher's cluster, its primary the bench's process) and
 * one worker (its memory is the larger server's), printed as one table with
 * the shop/stock ratio. Checkouts by several buyers at once run the apps in turn
 * (checkoutsAtOnceInTurn), each round also reading the CPU time the app's processes
 * used per checkout (stock-proc.ts): the machine's two cores bound checkouts per second
 * by that cost, which varies far less from run to run than the rate itself. Then the guest
 * checkout's p50 per store call, run two ways (eight in a row per app right after its
 * product reads' load, and one checkout of each app in turn: checkoutsInTurn), then its
 * SQL statements per store call
 * (stock-statements.ts: one more checkout per app). Both run without the admin UI; the shop's
 * processes with the heap policy `npm start` gives them (MEDUSA_HEAP_GROWTH,
 * backend/launcher/medusa-command.ts), stock Medusa's with Node's defaults;
 * the shop is seeded without its year of demo orders (BENCH_STOCK_DEMO_ORDERS=1
 * keeps them), so both catalogues are the same 20 products.
 *
 * BENCH_STOCK_ROUNDS (2), BENCH_STOCK_SECONDS (8 per autocannon run),
 * BENCH_STOCK_CHECKOUTS (8 sequential per round, each way) and
 * BENCH_STOCK_AT_ONCE_ROUNDS (2 rounds of 5 buyers × 2 checkouts per round, the apps in
 * turn) tune the length.
 */
import type { ChildProcess } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { freePort, startEmbeddedPostgres, tmpDataDir } from "../../backend/launcher/database"
import { waitForHttp } from "../../backend/launcher/processes"
import { buildBackend, migrate, seed, serverDir } from "../../backend/launcher/shop"
import { readPublishableKey } from "../../backend/launcher/storefront-env"
import { ok } from "../fixtures/production/http"
import { startRedisServer, stopRedisServer } from "../fixtures/production/processes"
import {
  BENCH_STOCK_LEVEL,
  buildStockApp,
  prepareStockDatabase,
  seedStockMedusa,
} from "./stock-app"
import { Figures, printStockTables, SPLIT, SPLIT_TWO } from "./stock-report"
import {
  checkout,
  checkoutsAtOnceInTurn,
  checkoutsInTurn,
  requestsPerSecond,
  type Target,
} from "./stock-load"
import { serverMiB, withPeakMemory } from "./stock-proc"
import { timed } from "./stats"
import { markedCheckout, printStatementTable, StatementLog } from "./stock-statements"
import { everyServerListens } from "../fixtures/production/cluster-servers"
import { type App, sql, startApp, startClusterServer } from "./stock-processes"

const ROUNDS = Number(process.env.BENCH_STOCK_ROUNDS || 2)
const SECONDS = Number(process.env.BENCH_STOCK_SECONDS || 8)
const SEQUENTIAL = Number(process.env.BENCH_STOCK_CHECKOUTS || 8)
const BUYERS = 5
const EACH = 2
/** Rounds of the buyers at once per round of the bench, every app in turn in each. */
const AT_ONCE_ROUNDS = Number(process.env.BENCH_STOCK_AT_ONCE_ROUNDS || 2)
/** The product both checkouts buy (an ambient product of the shop's catalogue). */
const HANDLE = "shejiang-simiao-rice"
/** How long every app is left quiet after the warm-up before its idle memory is read. */
const IDLE_AFTER_MS = 60_000
/**
 * Then how long it is watched, read every IDLE_EVERY_MS: its idle memory is the lowest
 * reading, what the process settles to (one read at a fixed moment lands before or after
 * V8's memory reducer by chance: a shop server read 379 to 483 MiB at 60 s in runs a day apart;
 * a shop server with Redis and the split's server, watched alone, read 485-495 MiB until 80 to
 * 90 s after their warm-up and 374-384 MiB from then on).
 */
const IDLE_WATCH_MS = 150_000
const IDLE_EVERY_MS = 5_000

/** The store key, region and rice variant of a running app. */
async function targetOf(
  app: App,
  base: string,
  processes: { pids: number[]; workerPids: number[] },
  key: string
): Promise<Target> {
  const store = { "x-publishable-api-key": key }
  const { regions } = await ok("GET", `${base}/store/regions`, undefined, store)
  const { products } = await ok(
    "GET",
    `${base}/store/products?handle=${HANDLE}&fields=id,*variants`,
    undefined,
    store
  )
  return {
    name: app.name,
    base,
    ...processes,
    store,
    regionId: regions.find((r: { currency_code: string }) => r.currency_code === "cny").id,
    productId: products[0].id,
    variantId: products[0].variants[0].id,
    shippingOptionName: "标准快递",
  }
}

/** One round of every figure on one target. */
async function measure(target: Target, figures: Figures) {
  const listRoute =
    `/store/products?limit=12&region_id=${target.regionId}` +
    "&fields=id,title,handle,thumbnail,*variants.calculated_price,+variants.inventory_quantity"
  const oneRoute =
    `/store/products/${target.productId}?region_id=${target.regionId}` +
    "&fields=*variants.calculated_price,+variants.inventory_quantity"
  const [, peak] = await withPeakMemory(target.pids, async () => {
    figures.add(target.name, "list", await requestsPerSecond(target, listRoute, SECONDS))
    figures.add(target.name, "one", await requestsPerSecond(target, oneRoute, SECONDS))
    for (let i = 0; i < SEQUENTIAL; i++) {
      const steps = await checkout(target)
      figures.addSteps(target.name, steps)
    }
  })
  figures.add(target.name, "load memory", peak)
}

export async function benchStock(options: { buildShop: boolean }) {
  console.log("\nSide by side with stock Medusa (section stock):")
  const dir = tmpDataDir("meixian-stock-")
  const statements = new StatementLog()
  fs.chmodSync(dir, 0o777)
  const database = await startEmbeddedPostgres({
    dir: path.join(dir, "pg"),
    port: await freePort(),
    database: "shop",
    persistent: false,
    log: statements.take,
  })
  const redisDir = path.join(dir, "redis")
  fs.mkdirSync(redisDir)
  const redisPort = await freePort()
  const redis = await startRedisServer(redisPort, redisDir)
  const urlOf = (name: string) => database.url.replace(/\/shop$/, `/${name}`)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    JWT_SECRET: "bench",
    COOKIE_SECRET: "bench",
    MEDUSA_DISABLE_TELEMETRY: "true",
    ADMIN_DISABLED: "true",
    SEED_DEMO_ORDERS: process.env.BENCH_STOCK_DEMO_ORDERS === "1" ? "true" : "false",
  }
  delete env.REDIS_URL
  const children: ChildProcess[] = []
  try {
    if (options.buildShop) {
      const [, ms] = await timed(() => buildBackend(env))
      console.log(`shop build (s): ${(ms / 1000).toFixed(1)}`)
    }
    const [stockDir, stockBuildMs] = await timed(() => buildStockApp(path.join(dir, "app"), env))
    console.log(`stock Medusa build, no admin (s): ${(stockBuildMs / 1000).toFixed(1)}`)

    const shopEnv = { ...env, DATABASE_URL: urlOf("shop") }
    await migrate("production", shopEnv)
    await seed("production", shopEnv)
    await sql(
      urlOf("shop"),
      `UPDATE inventory_level SET stocked_quantity = ${BENCH_STOCK_LEVEL} WHERE deleted_at IS NULL`
    )
    await sql(urlOf("postgres"), `CREATE DATABASE shop_redis TEMPLATE shop`)
    await sql(urlOf("postgres"), `CREATE DATABASE shop_split TEMPLATE shop`)
    await sql(urlOf("postgres"), `CREATE DATABASE shop_split_two TEMPLATE shop`)
    await sql(urlOf("postgres"), `CREATE DATABASE stock`)
    await prepareStockDatabase(stockDir, { ...env, DATABASE_URL: urlOf("stock") })
    await sql(urlOf("postgres"), `CREATE DATABASE stock_redis TEMPLATE stock`)

    const apps: App[] = [
      { name: "stock", kind: "stock", redis: false, cwd: stockDir, url: urlOf("stock") },
      { name: "shop", kind: "shop", redis: false, cwd: serverDir, url: urlOf("shop") },
      {
        name: "stock + Redis",
        kind: "stock",
        redis: true,
        cwd: stockDir,
        url: urlOf("stock_redis"),
      },
      { name: "shop + Redis", kind: "shop", redis: true, cwd: serverDir, url: urlOf("shop_redis") },
      {
        name: SPLIT,
        kind: "shop",
        redis: true,
        cwd: serverDir,
        url: urlOf("shop_split"),
        mode: "server",
      },
      {
        name: SPLIT_TWO,
        kind: "shop",
        redis: true,
        cwd: serverDir,
        url: urlOf("shop_split_two"),
        mode: "server",
        servers: 2,
      },
    ]
    const targets: Target[] = []
    for (const [i, app] of apps.entries()) {
      const redisUrl = `redis://127.0.0.1:${redisPort}/${i}`
      // several servers share one port, as the launcher's cluster runs them
      const port = await freePort()
      const base = `http://127.0.0.1:${port}`
      const count = app.servers ?? 1
      const pids: number[] = []
      const workerPids: number[] = []
      for (let s = 0; s < count; s++) {
        const child =
          count > 1
            ? startClusterServer(app, port, env, redisUrl, s)
            : startApp(app, port, env, redisUrl, app.mode)
        children.push(child)
        pids.push(child.pid!)
      }
      await waitForHttp(`${base}/health`, 240_000)
      if (count > 1) await everyServerListens(port, pids, 240_000)
      if (app.mode === "server") {
        // the subscribers and jobs run in a worker process of their own, sharing Redis
        const workerPort = await freePort()
        const worker = startApp(app, workerPort, env, redisUrl, "worker")
        children.push(worker)
        workerPids.push(worker.pid!)
        await waitForHttp(`http://127.0.0.1:${workerPort}/health`, 240_000)
      }
      const key =
        app.kind === "stock" ? await seedStockMedusa(base) : await readPublishableKey(app.url)
      targets.push(await targetOf(app, base, { pids, workerPids }, key))
    }

    const figures = new Figures()
    for (const target of targets) {
      // warm-up: compiled queries, pools and caches, then a quiet moment
      for (let i = 0; i < 3; i++) await checkout(target)
      await requestsPerSecond(target, `/store/products?limit=12&region_id=${target.regionId}`, 2)
    }
    // Idle means settled: V8 frees the warm-up's garbage when a process turns quiet
    // (its memory reducer), which took longer than 5 s here (one shop server: 504 MiB
    // 5 s after the warm-up, 402 MiB after 30 s and 60 s; with Redis 511 and 404), and
    // longer than 30 s with the 32 MiB semi-spaces (517 MiB at once, 496 at 30 s, 387
    // from 40 s on).
    await new Promise((r) => setTimeout(r, IDLE_AFTER_MS))
    const settled = targets.map((target) => serverMiB(target.pids))
    for (let watched = 0; watched < IDLE_WATCH_MS; watched += IDLE_EVERY_MS) {
      await new Promise((r) => setTimeout(r, IDLE_EVERY_MS))
      targets.forEach((target, i) => (settled[i] = Math.min(settled[i], serverMiB(target.pids))))
    }
    targets.forEach((target, i) => figures.add(target.name, "idle memory", settled[i]))
    figures.resetSteps()

    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? targets : [...targets].reverse()
      for (const target of order) await measure(target, figures)
      await checkoutsInTurn(order, SEQUENTIAL, figures)
      await checkoutsAtOnceInTurn(order, AT_ONCE_ROUNDS, { buyers: BUYERS, each: EACH }, figures)
    }
    printStockTables(figures, {
      buyers: BUYERS,
      each: EACH,
      atOnceRounds: AT_ONCE_ROUNDS * ROUNDS,
      sequential: SEQUENTIAL * ROUNDS,
    })
    await statements.logging(urlOf("postgres"), async () => {
      for (const [i, target] of targets.entries()) await markedCheckout(target, apps[i].url)
    })
    printStatementTable(
      targets.map((target, i) => ({
        name: target.name,
        counts: statements.countsOf(new URL(apps[i].url).pathname.slice(1)),
      }))
    )
    // other work on the machine moves every figure: say how busy it was
    console.log(
      `load average at the end (1/5/15 min): ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ")}`
    )
  } finally {
    for (const child of children) {
      try {
        process.kill(-child.pid!, "SIGTERM")
      } catch {
        // a server of the cluster (no group of its own), or gone
        child.kill("SIGTERM")
      }
    }
    await new Promise((r) => setTimeout(r, 3_000))
    for (const child of children) {
      try {
        process.kill(-child.pid!, "SIGKILL")
      } catch {
        child.kill("SIGKILL")
      }
    }
    await stopRedisServer(redis)
    await database.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
