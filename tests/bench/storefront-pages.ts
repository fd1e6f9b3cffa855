/**
 * Storefront pages under load (issue 16, part 3): requests per second of the
 * production storefront's HTML with autocannon (10 connections) for the home,
 * catalog, product, town and search pages, with the page cache (pages served
 * from Next's cache through proxy.ts) and without it (STOREFRONT_PAGE_CACHE=off:
 * every page rendered per request, the shape before), two storefronts on the
 * same backend, runs interleaved. Printed, never asserted; goal ≥ 500 req/s
 * on the catalog and product pages.
 */
import { execFile } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { promisify } from "node:util"
import { freePort } from "../../backend/launcher/database"
import { run, waitForHttp } from "../../backend/launcher/processes"
import { startStorefront } from "../../backend/launcher/shop"
import { bin, storefrontDir } from "../../backend/launcher/workspace"

const CONNECTIONS = 10
const SECONDS = Number(process.env.BENCH_STOREFRONT_SECONDS || 8)
const ROUNDS = 2

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
  const origins: Record<"cached" | "uncached", string> = { cached: "", uncached: "" }
  for (const mode of ["cached", "uncached"] as const) {
    const port = await freePort()
    origins[mode] = `http://127.0.0.1:${port}`
    startStorefront("production", port, {
      ...env,
      STOREFRONT_URL: origins[mode],
      STOREFRONT_PAGE_CACHE: mode === "cached" ? "on" : "off",
    })
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

  const figures = new Map<string, { cached: number[]; uncached: number[]; failed: number }>()
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, page] of pages) {
      const row = figures.get(label) ?? { cached: [], uncached: [], failed: 0 }
      figures.set(label, row)
      // interleaved: the two storefronts take turns on each page
      for (const mode of round % 2
        ? (["uncached", "cached"] as const)
        : (["cached", "uncached"] as const)) {
        await (await fetch(origins[mode] + page)).text()
        const { rps, failed } = await requestsPerSecond(origins[mode] + page)
        row[mode].push(rps)
        row.failed += failed
      }
    }
  }

  console.log(
    `\nStorefront HTML, autocannon ${CONNECTIONS} connections, ${SECONDS} s a run, ` +
      `${ROUNDS} interleaved rounds (requests/s; goal ≥ 500 on catalog and product):`
  )
  console.log(["page".padEnd(18), "page cache", "per request", "ratio", "failed"].join("\t"))
  for (const [label, { cached, uncached, failed }] of figures) {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
    const [c, u] = [mean(cached), mean(uncached)]
    console.log(
      [label.padEnd(18), c.toFixed(0), u.toFixed(0), `${(c / u).toFixed(1)}×`, failed].join("\t")
    )
  }
}
