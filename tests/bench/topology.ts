/**
 * Figures per process for the capacity plan (docs/production.md#capacity-for-a-festival-peak):
 * the production build on Redis as 1 server + 1 worker, then 2 servers on one
 * port (the launcher's cluster) + 1 worker, on one embedded Postgres and one
 * redis-server. For each: the product list (12, prices and stock) and one
 * product, autocannon with 10 connections; checkouts per second with 5 buyers
 * at once (the 8 store calls of a guest checkout, manual payment); resident
 * memory of each process. Printed, never asserted.
 *
 *   npx tsx tests/bench/topology.ts     (alone; npm run bench calls benchTopology too)
 */
import type { ChildProcess } from "node:child_process"
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { freePort, startEmbeddedPostgres, tmpDataDir } from "../../backend/launcher/database"
import { migrate, seed } from "../../backend/launcher/shop"
import { planTopology, startMedusaProcesses } from "../../backend/launcher/topology"
import { buildIfStale } from "../fixtures/build"
import { query } from "../fixtures/database"
import { eventually, http, sleep } from "../fixtures/production/http"
import { killGroup, startRedisServer } from "../fixtures/production/processes"
import { shopWork, signInTo } from "../fixtures/production/shop-work"

type Cannon = (options: {
  url: string
  connections: number
  duration: number
  headers: Record<string, string>
}) => Promise<{ requests: { average: number }; non2xx: number; errors: number }>
const autocannon = createRequire(__filename)("autocannon") as Cannon

const SECONDS = Number(process.env.BENCH_TOPOLOGY_SECONDS) || 15
const CHECKOUT_BUYERS = 5

const rssMiB = (pid: number | undefined) =>
  pid
    ? Number(execFileSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" })) / 1024
    : 0

export async function benchTopology(note: (name: string, value: string) => void = console.log) {
  const dir = tmpDataDir("meixian-bench-topology-")
  fs.chmodSync(dir, 0o777)
  const database = await startEmbeddedPostgres({
    dir: path.join(dir, "postgres"),
    port: await freePort(),
    database: "bench",
    persistent: false,
  })
  const redisPort = await freePort()
  const redis = await startRedisServer(redisPort, dir)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: database.url,
    JWT_SECRET: "bench",
    COOKIE_SECRET: "bench",
    COOKIE_SECURE: "false",
    MEDUSA_BACKEND_URL: "",
    MEDUSA_DISABLE_TELEMETRY: "true",
    SEED_DEMO_ORDERS: "false",
  }
  delete env.REDIS_URL
  delete env.STOREFRONT_URL
  const rows: string[][] = []
  let children: ChildProcess[] = []
  try {
    await buildIfStale(env)
    await migrate("production", env)
    await seed("production", env)
    env.REDIS_URL = `redis://127.0.0.1:${redisPort}`
    for (const servers of [1, 2]) {
      const publicPort = await freePort()
      const workerPort = await freePort()
      const plan = planTopology(
        { ...env, MEDUSA_SERVERS: String(servers), MEDUSA_WORKERS: "1" },
        publicPort,
        () => workerPort
      )
      const started = startMedusaProcesses(plan, env, () => ({ stdio: "ignore" }))
      children = started.map((s) => s.child)
      const base = `http://127.0.0.1:${publicPort}`
      await Promise.all(
        [publicPort, workerPort].map((port) =>
          eventually(
            async () => (await http("GET", `http://127.0.0.1:${port}/health`)).status === 200,
            300_000,
            `port ${port}`
          )
        )
      )
      const session = await signInTo(base, database.url)
      const sql = (text: string, params: unknown[] = []) => query(database.url, text, params)
      const work = shopWork(() => ({ serverUrl: base, ...session, sql }))
      const priced = "*variants.calculated_price,+variants.inventory_quantity"
      const { products } = await (
        await fetch(`${base}/store/products?limit=1&fields=id`, { headers: session.store })
      ).json()
      const routes = {
        list: `${base}/store/products?limit=12&region_id=${session.regionId}&fields=${priced}`,
        one: `${base}/store/products/${products[0].id}?region_id=${session.regionId}&fields=${priced}`,
      }
      const rate = async (url: string) => {
        await autocannon({ url, connections: 10, duration: 3, headers: session.store })
        const result = await autocannon({
          url,
          connections: 10,
          duration: SECONDS,
          headers: session.store,
        })
        if (result.non2xx || result.errors)
          note("  (non-2xx or errors)", `${url}: ${result.non2xx}/${result.errors}`)
        return result.requests.average
      }
      const list = await rate(routes.list)
      const one = await rate(routes.one)
      await work.checkout() // warm-up
      let done = 0
      let failed = 0
      const until = Date.now() + SECONDS * 2_000
      const memory: number[] = []
      const sampler = setInterval(
        () => memory.push(started.reduce((sum, s) => sum + rssMiB(s.child.pid), 0)),
        2_000
      )
      await Promise.all(
        Array.from({ length: CHECKOUT_BUYERS }, async () => {
          while (Date.now() < until) {
            if ((await work.checkout()).order_id) done++
            else failed++
          }
        })
      )
      clearInterval(sampler)
      const checkouts = done / (SECONDS * 2)
      rows.push([
        `${servers} server${servers > 1 ? "s (one port)" : ""} + 1 worker`,
        list.toFixed(1),
        one.toFixed(1),
        checkouts.toFixed(2),
        String(failed),
        Math.max(...memory).toFixed(0),
      ])
      for (const child of children) killGroup(child, "SIGTERM")
      await sleep(3_000)
      for (const child of children) killGroup(child, "SIGKILL")
    }
  } finally {
    for (const child of children) killGroup(child, "SIGKILL")
    redis.kill("SIGKILL")
    await database.stop().catch(() => undefined)
    fs.rmSync(dir, { recursive: true, force: true })
  }
  console.log(
    `\nTopology on this machine (${new Date().toISOString().slice(0, 10)}, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores at the end, Redis modules; list = 12 products with prices and stock, 10 connections, ${SECONDS} s; checkouts: ${CHECKOUT_BUYERS} buyers, ${SECONDS * 2} s):`
  )
  console.log(
    ["topology", "list req/s", "product req/s", "checkouts/s", "failed", "RSS MiB peak"].join("\t")
  )
  for (const row of rows) console.log(row.join("\t"))
}

if (require.main === module) {
  benchTopology().then(
    () => process.exit(0),
    (error) => {
      console.error(error)
      process.exit(1)
    }
  )
}
