/**
 * Lighthouse (mobile) scores of the production storefront: performance,
 * accessibility and best practices of the home page, the catalog, a
 * product page and a search, with Debian's Chromium; plus the time the server takes to
 * render each page's HTML. Printed, never asserted. Targets from the shop's
 * requirements: performance ≥ 90, accessibility ≥ 95.
 */
import { performance } from "node:perf_hooks"
import { freePort } from "../../backend/launcher/database"
import { run, waitForHttp } from "../../backend/launcher/processes"
import { startStorefront } from "../../backend/launcher/shop"
import { bin, storefrontDir } from "../../backend/launcher/workspace"
import { percentile } from "./stats"

const HTML_REQUESTS = 20

export async function benchStorefront(options: {
  backendUrl: string
  publishableKey: string
  env: NodeJS.ProcessEnv
  build: boolean
}) {
  const port = await freePort()
  const storefrontUrl = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    MEDUSA_BACKEND_URL: options.backendUrl,
    MEDUSA_PUBLISHABLE_KEY: options.publishableKey,
    STOREFRONT_URL: storefrontUrl,
  }
  if (options.build) {
    const start = performance.now()
    await run("storefront build", bin("next"), ["build"], { cwd: storefrontDir, env })
    console.log(`storefront build (s): ${((performance.now() - start) / 1000).toFixed(1)}`)
  }
  startStorefront("production", port, env)
  await waitForHttp(`${storefrontUrl}/`, 120_000)

  const { products } = await (
    await fetch(`${options.backendUrl}/store/products?limit=1&fields=handle&order=created_at`, {
      headers: { "x-publishable-api-key": options.publishableKey },
    })
  ).json()
  const pages: [string, string][] = [
    ["home", "/"],
    ["catalog", "/products"],
    ["product", `/products/${products[0].handle}`],
    // not cached: the Search Module's query, then the hits' products
    ["search", `/search?q=${encodeURIComponent("梅县蜜柚")}`],
  ]

  console.log(
    `\nStorefront HTML, ${HTML_REQUESTS} requests one at a time after 3 warm-up requests (ms):`
  )
  console.log(["page", "p50", "p95"].join("\t"))
  for (const [label, path] of pages) {
    for (let i = 0; i < 3; i++) await (await fetch(storefrontUrl + path)).text()
    const times: number[] = []
    for (let i = 0; i < HTML_REQUESTS; i++) {
      const start = performance.now()
      const response = await fetch(storefrontUrl + path)
      await response.text()
      if (!response.ok) throw new Error(`${path}: ${response.status}`)
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    console.log(
      [label.padEnd(10), percentile(times, 50).toFixed(1), percentile(times, 95).toFixed(1)].join(
        "\t"
      )
    )
  }

  // lighthouse and chrome-launcher are ES modules
  const { default: lighthouse } = await import("lighthouse")
  const chromeLauncher = await import("chrome-launcher")
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  })
  try {
    console.log("\nLighthouse 12.2.3, mobile (targets: performance ≥ 90, accessibility ≥ 95):")
    console.log(
      ["page", "performance", "accessibility", "best-practices", "LCP ms", "TBT ms"].join("\t")
    )
    for (const [label, path] of pages) {
      const result = await lighthouse(storefrontUrl + path, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
        formFactor: "mobile",
      })
      const lhr = result!.lhr
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
      const metric = (id: string) => Math.round(Number(lhr.audits[id]?.numericValue ?? 0))
      console.log(
        [
          label.padEnd(10),
          score("performance"),
          score("accessibility"),
          score("best-practices"),
          metric("largest-contentful-paint"),
          metric("total-blocking-time"),
        ].join("\t")
      )
    }
  } finally {
    await chrome.kill()
  }
}
