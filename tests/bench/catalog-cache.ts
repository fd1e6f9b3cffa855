/**
 * The catalogue cache (backend/src/catalog-cache): autocannon, 10 connections,
 * against the production build on the bench's database, for the storefront's
 * own calls: a list of 12 products with prices, stock, partner and town, one
 * product by handle (the product page) and one product by id. Four servers,
 * one after the other, each measured twice in turn: the cache off
 * (CATALOGUE_CACHE=off, every read from Postgres), the cache in process with
 * the publishable-key check read each time (MEDUSA_FF_CACHING=false), the
 * cache in process (no REDIS_URL: Medusa's memory provider; the key check
 * kept by modules/caching-versioned) and the cache in Redis (every Redis
 * module on). Figures, never asserted; issue 16's stock-Medusa figures for
 * comparison: ~11-17 req/s for the list, ~22-30 req/s for one product.
 */
import { execFile } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { promisify } from "node:util"
import { freePort } from "../../backend/launcher/database"
import { waitForHttp } from "../../backend/launcher/processes"
import { startBackend } from "../../backend/launcher/shop"
import { bin } from "../../backend/launcher/workspace"
import { startRedisServer, stopRedisServer } from "../fixtures/production/processes"

const CONNECTIONS = 10
const SECONDS = Number(process.env.BENCH_CATALOG_SECONDS || 8)
const ROUNDS = 2

/** What the storefront asks for (storefront/lib/data/products.ts). */
const STOREFRONT_FIELDS = [
  "id,handle,title,subtitle,description,created_at,thumbnail,*images,metadata,*categories",
  "*variants,*variants.calculated_price,+variants.inventory_quantity,+variants.metadata",
  "+variants.variant_rank,*partner,*partner.town,*partner.village",
].join(",")

type Autocannon = {
  requests: { average: number }
  latency: { p50: number }
  non2xx: number
  errors: number
}

async function load(url: string, key: string) {
  const { stdout } = await promisify(execFile)(
    bin("autocannon"),
    [
      "-c",
      String(CONNECTIONS),
      "-d",
      String(SECONDS),
      "-H",
      `x-publishable-api-key=${key}`,
      "--json",
      url,
    ],
    { maxBuffer: 16 * 1024 * 1024 }
  )
  const r = JSON.parse(stdout) as Autocannon
  return { rps: r.requests.average, p50: r.latency.p50, failed: r.non2xx + r.errors }
}

type Setup = { name: string; env: NodeJS.ProcessEnv }

export async function benchCatalogCache(options: {
  env: NodeJS.ProcessEnv
  publishableKey: string
}) {
  const redisDir = fs.mkdtempSync(path.join(os.tmpdir(), "meixian-bench-redis-"))
  const redisPort = await freePort()
  const redis = await startRedisServer(redisPort, redisDir)
  const setups: Setup[] = [
    { name: "cache off", env: { ...options.env, CATALOGUE_CACHE: "off", REDIS_URL: "" } },
    {
      // Medusa's query cache off: its publishable-key check read from Postgres on every hit
      name: "in process, key read",
      env: { ...options.env, REDIS_URL: "", MEDUSA_FF_CACHING: "false" },
    },
    { name: "cache in process", env: { ...options.env, REDIS_URL: "" } },
    {
      name: "cache in Redis",
      env: { ...options.env, REDIS_URL: `redis://127.0.0.1:${redisPort}` },
    },
  ]
  const figures = new Map<string, { rps: number[]; p50: number[]; failed: number }>()
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const setup of setups) {
        const port = await freePort()
        const base = `http://127.0.0.1:${port}`
        const server = startBackend("production", port, setup.env)
        try {
          await waitForHttp(`${base}/health`, 180_000)
          const headers = { "x-publishable-api-key": options.publishableKey }
          const get = async (p: string) => (await fetch(base + p, { headers })).json()
          const { regions } = await get("/store/regions")
          const region = regions[0].id
          const { products } = await get("/store/products?limit=1&fields=id,handle")
          const q = `region_id=${region}&fields=${encodeURIComponent(STOREFRONT_FIELDS)}`
          const routes: [string, string][] = [
            ["12 products, prices + stock", `/store/products?limit=12&order=-created_at&${q}`],
            ["one product by handle", `/store/products?handle=${products[0].handle}&${q}`],
            ["one product by id", `/store/products/${products[0].id}?${q}`],
          ]
          for (const [label, route] of routes) {
            await get(route) // the first read fills the cache
            const r = await load(base + route, options.publishableKey)
            const key = `${label}|${setup.name}`
            const f = figures.get(key) ?? { rps: [], p50: [], failed: 0 }
            f.rps.push(r.rps)
            f.p50.push(r.p50)
            f.failed += r.failed
            figures.set(key, f)
          }
        } finally {
          const exited = new Promise((resolve) => server.once("exit", resolve))
          process.kill(-server.pid!, "SIGTERM")
          await exited
        }
      }
    }
  } finally {
    await stopRedisServer(redis)
    fs.rmSync(redisDir, { recursive: true, force: true })
  }

  console.log(
    `\nCatalogue cache, autocannon ${CONNECTIONS} connections, ${SECONDS} s a run, ${ROUNDS} rounds (req/s each round; p50 ms; failed answers):`
  )
  console.log(
    ["route".padEnd(30), ...setups.map((s) => s.name.padEnd(26)), "cached ÷ off"].join("\t")
  )
  for (const label of [
    "12 products, prices + stock",
    "one product by handle",
    "one product by id",
  ]) {
    const cells = setups.map((s) => {
      const f = figures.get(`${label}|${s.name}`)!
      return `${f.rps.map((r) => r.toFixed(0)).join(" / ")} (${Math.max(...f.p50)} ms, ${f.failed})`.padEnd(
        26
      )
    })
    const mean = (name: string) => {
      const f = figures.get(`${label}|${name}`)!
      return f.rps.reduce((a, b) => a + b, 0) / f.rps.length
    }
    const ratio = setups
      .slice(1)
      .map((s) => `${(mean(s.name) / mean("cache off")).toFixed(1)}×`)
      .join(" / ")
    console.log([label.padEnd(30), ...cells, ratio].join("\t"))
  }
}
