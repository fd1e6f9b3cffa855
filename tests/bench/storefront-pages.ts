/**
 * Storefront pages under load (issue 16, part 3): requests per second of the
 * production storefront's HTML with autocannon (10 connections) for the home,
 * catalog, product, town and search pages, with the page cache (pages served
 * from Next's cache through proxy.ts) and without it (STOREFRONT_PAGE_CACHE=off:
 * every page rendered per request, the shape before), two storefronts on the
 * same backend, runs interleaved. BENCH_STOREFRONT_BEFORE=<folder of another
 * storefront build> (e.g. an older commit's `storefront/`, built) adds a third
 * storefront with its page cache, interleaved with the others: a before/after
 * of the pages' weight in one run. Prints each page's HTML size and the load
 * average. Printed, never asserted; goal ≥ 500 req/s on the catalog and
 * product pages.
 */
import { execFile } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { promisify } from "node:util"
import { freePort } from "../../backend/launcher/database"
import { run, start, waitForHttp } from "../../backend/launcher/processes"
import { startStorefront, storefrontProcess } from "../../backend/launcher/shop"
import { bin, storefrontDir } from "../../backend/launcher/workspace"

const CONNECTIONS = 10
const SECONDS = Number(process.env.BENCH_STOREFRONT_SECONDS || 8)
const ROUNDS = 2

type Mode = "cached" | "uncached" | "before"

type Autocannon = { requests: { average: number }; non2xx: number; errors: number }

/** Requests per second of one page (autocannon's average over the run), and its failed answers. */
async function requestsPerSecond(url: string): Promise<{ rps: number; failed: number }> {
  const { stdout } = await promisify(execFile)(
    bin("autocannon"),
    ["-c", String(CONNECTIONS), "-d", String(SECONDS), "--json", url],
    { maxBuffer: 16 * 1024 * 1024 }
  )
  const result = JSON.parse(stdout) as Autocannon
  return { rps: result.requests.average, failed: result.non2xx + result.errors }
}

export async function benchStorefrontPages(options: {
  backendUrl: string
  publishableKey: string
  env: NodeJS.ProcessEnv
}) {
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    MEDUSA_BACKEND_URL: options.backendUrl,
    MEDUSA_PUBLISHABLE_KEY: options.publishableKey,
  }
  if (!fs.existsSync(path.join(storefrontDir, ".next", "BUILD_ID"))) {
    await run("storefront build", bin("next"), ["build"], { cwd: storefrontDir, env })
  }
  const before = process.env.BENCH_STOREFRONT_BEFORE
  const modes: Mode[] = before ? ["before", "cached", "uncached"] : ["cached", "uncached"]
  const origins: Partial<Record<Mode, string>> = {}
  for (const mode of modes) {
    const port = await freePort()
    const origin = `http://127.0.0.1:${port}`
    origins[mode] = origin
    const storefrontEnv = {
      ...env,
      STOREFRONT_URL: origin,
      STOREFRONT_PAGE_CACHE: mode === "uncached" ? "off" : "on",
    }
    if (mode !== "before") startStorefront("production", port, storefrontEnv)
    else {
      const next = storefrontProcess("start", port, storefrontEnv)
      start("storefront before", bin("next"), next.args, { cwd: before, env: next.env })
    }
  }
  await Promise.all(Object.values(origins).map((origin) => waitForHttp(`${origin}/towns`, 120_000)))

  const { products } = await (
    await fetch(`${options.backendUrl}/store/products?limit=1&fields=handle&order=created_at`, {
      headers: { "x-publishable-api-key": options.publishableKey },
    })
  ).json()
  const { towns } = await (
    await fetch(`${options.backendUrl}/store/towns`, {
      headers: { "x-publishable-api-key": options.publishableKey },
    })
  ).json()
  const pages: [string, string][] = [
    // the ceiling on this machine at this moment: a static file next start serves
    ["icon.svg (static)", "/icon.svg"],
    ["home", "/"],
    ["catalog", "/products"],
    ["catalog, page 2", "/products?page=2"],
    ["product", `/products/${products[0].handle}`],
    ["town", `/towns/${towns[0].handle}`],
    // never cached: the Search Module's query, then the hits' products
    ["search", `/search?q=${encodeURIComponent("梅县蜜柚")}`],
  ]

  // page weight: the HTML as served (uncompressed; nginx compresses in production)
  const bytes = new Map<string, Partial<Record<Mode, number>>>()
  for (const [label, page] of pages) {
    const sizes: Partial<Record<Mode, number>> = {}
    for (const mode of modes) {
      sizes[mode] = (await (await fetch(origins[mode] + page)).arrayBuffer()).byteLength
    }
    bytes.set(label, sizes)
  }
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")
  const loadBefore = load()

  const figures = new Map<string, { rps: Record<Mode, number[]>; failed: number }>()
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, page] of pages) {
      const row = figures.get(label) ?? { rps: { cached: [], uncached: [], before: [] }, failed: 0 }
      figures.set(label, row)
      // interleaved: the storefronts take turns on each page, in the other order next round
      for (const mode of round % 2 ? [...modes].reverse() : modes) {
        await (await fetch(origins[mode] + page)).text()
        const { rps, failed } = await requestsPerSecond(origins[mode] + page)
        row.rps[mode].push(rps)
        row.failed += failed
      }
    }
  }

  console.log(
    `\nStorefront HTML, autocannon ${CONNECTIONS} connections, ${SECONDS} s a run, ` +
      `${ROUNDS} interleaved rounds (requests/s; goal ≥ 500 on catalog and product):`
  )
  console.log(`load average before ${loadBefore}, after ${load()} (${os.cpus().length} cores)`)
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
  const kb = (n = 0) => (n / 1024).toFixed(1)
  const head = ["page".padEnd(18), "page cache", "per request", "ratio", "failed", "HTML KB"]
  if (before) head.push("before: page cache", "before: HTML KB", "after / before")
  console.log(head.join("\t"))
  for (const [label, { rps, failed }] of figures) {
    const [c, u] = [mean(rps.cached), mean(rps.uncached)]
    const size = bytes.get(label) ?? {}
    const cells = [label.padEnd(18), c.toFixed(0), u.toFixed(0), `${(c / u).toFixed(1)}×`, failed]
    cells.push(kb(size.cached))
    if (before) {
      const b = mean(rps.before)
      cells.push(b.toFixed(0), kb(size.before), `${(c / b).toFixed(1)}×`)
    }
    console.log(cells.join("\t"))
  }
}
