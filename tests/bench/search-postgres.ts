/**
 * Search at 10,000 products on the PostgreSQL provider, part of `npm run bench`
 * (printed beside the targets of issue 15, never asserted), against the
 * bench's running `medusa start` and its seeded database:
 *
 * 1. the catalogue grows to BENCH_SEARCH_PRODUCTS products (default 10,000)
 *    in SQL (search-catalog.ts: copies of the seed's products with their
 *    variants, prices, stock, categories, partners and towns);
 * 2. the full reindex: `npm run search:reindex`'s script run by `medusa exec`
 *    on the build with a checkpoint file of its own (so from the start),
 *    timed as a whole (boot included) and as the script reports it (query,
 *    documents, writes into the provider), then `VACUUM ANALYZE` of the
 *    provider's tables (what autovacuum does soon after in a running shop);
 * (BENCH_SEARCH_PRODUCTS, BENCH_SEARCH_ROUNDS, BENCH_SEARCH_REINDEX=0: see
 *    docs/search.md, "Speed")
 * 3. `POST /store/search` as the storefront's search page sends it (12 a page,
 *    town facet, exact count), every query of the relevance set
 *    (tests/fixtures/search-relevance.ts: word, fragment, synonym, pinyin,
 *    initials, typo, homophone, mixed, filter), one at a time: p50/p95 overall
 *    and per kind. Target p95 < 50 ms;
 * 4. `GET /store/search/suggest?q=` for what a buyer types letter by letter,
 *    one at a time: p50/p95. Target p95 < 20 ms.
 *
 * Run after the other sections: they measure the seeded catalogue.
 */
import { spawn } from "node:child_process"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { serverDir } from "../../backend/launcher/shop"
import { bin } from "../../backend/launcher/workspace"
import { RELEVANCE_CASES, type RelevanceKind } from "../fixtures/search-relevance"
import { COPY_MARK, fillSearchCatalog } from "./search-catalog"
import { percentile, timed } from "./stats"

const SEARCH_P95_TARGET_MS = 50
const SUGGEST_P95_TARGET_MS = 20
/** Rounds over the query lists (BENCH_SEARCH_ROUNDS: fewer on a busy machine). */
const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 5)
const SEARCH_ROUNDS = ROUNDS
const SUGGEST_ROUNDS = ROUNDS * 4
/** What buyers type, a letter or a character at a time. */
const TYPED = [
  ..."miyou".split("").map((_, i) => "miyou".slice(0, i + 1)),
  "my",
  "mxjy",
  "蜜",
  "蜜柚",
  "梅县",
  "梅县金",
  "s",
  "sim",
  "simiao",
  "lanm",
  "hsy",
  "xiaolongxia",
  "柚子",
  "榴莲",
]

type Context = { databaseUrl: string; base: string; env: NodeJS.ProcessEnv; publishableKey: string }

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1],
  }
}

const ms = (value: number) => value.toFixed(1).padStart(7)

/** Runs the reindex script on the build; resolves with what it reports (products, seconds). */
function reindex(env: NodeJS.ProcessEnv): Promise<{ products: number; seconds: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin("medusa"), ["exec", "./src/scripts/search-reindex.js"], {
      cwd: serverDir,
      env: {
        ...env,
        SEARCH_REINDEX_CHECKPOINT: path.join(os.tmpdir(), `bench-reindex-${process.pid}.json`),
      },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")))
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")))
    child.once("error", reject)
    child.once("exit", (code) => {
      const done = /Search reindex: (\d+) products in ([\d.]+)s/.exec(output)
      if (code === 0 && done) resolve({ products: Number(done[1]), seconds: Number(done[2]) })
      else reject(new Error(`search reindex exited with ${code}:\n${output.slice(-3000)}`))
    })
  })
}

/**
 * What autovacuum does within a minute or so of a reindex in a running shop:
 * the planner's statistics of the provider's tables. Without them, right
 * after 10,000 rows arrive, PostgreSQL filters every document by status
 * before matching the text (700 ms instead of a few).
 */
async function analyzeIndexTables(databaseUrl: string) {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const { rows } = await db.query<{ table_name: string }>(
      "SELECT table_name FROM search_postgres_index"
    )
    for (const { table_name } of rows) await db.query(`VACUUM ANALYZE "${table_name}"`)
  } finally {
    await db.end()
  }
}

export async function benchSearchPostgres(ctx: Context) {
  const target = Number(process.env.BENCH_SEARCH_PRODUCTS ?? 10_000)
  if (!(target > 0)) {
    console.log("\nSearch on PostgreSQL: skipped (BENCH_SEARCH_PRODUCTS=0)")
    return
  }
  const headers = { "x-publishable-api-key": ctx.publishableKey }
  const call = async <T>(route: string, body?: unknown): Promise<T> => {
    const response = await fetch(ctx.base + route, {
      method: body ? "POST" : "GET",
      headers: body ? { ...headers, "content-type": "application/json" } : headers,
      body: body ? JSON.stringify(body) : undefined,
    })
    if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`)
    return (await response.json()) as T
  }

  const db = new pg.Client({ connectionString: ctx.databaseUrl })
  await db.connect()
  let products = 0
  let fillMs = 0
  try {
    ;[products, fillMs] = await timed(() => fillSearchCatalog(db, target))
  } finally {
    await db.end()
  }
  console.log(`\nSearch on PostgreSQL at ${products.toLocaleString("en-US")} published products:`)
  console.log(`catalogue written in SQL (s): ${(fillMs / 1000).toFixed(1)}`)

  if (process.env.BENCH_SEARCH_REINDEX !== "0") {
    const [indexed, reindexMs] = await timed(() => reindex(ctx.env))
    console.log(
      `full reindex, npm run search:reindex (s): ${(reindexMs / 1000).toFixed(1)} with medusa exec's boot, ` +
        `${indexed.seconds.toFixed(1)} for ${indexed.products.toLocaleString("en-US")} products`
    )
  }
  await analyzeIndexTables(ctx.databaseUrl)

  // The reindex built the suggestion table whole; the server (whose copy is also the
  // fuzzy step's vocabulary) reads it within a second of its next lookup: wait until it does.
  type Suggestions = { suggestions: { handle: string }[] }
  const waitStarted = Date.now()
  for (;;) {
    const { suggestions } = await call<Suggestions>(
      `/store/search/suggest?q=${encodeURIComponent("精选")}`
    )
    if (suggestions.some((s) => s.handle.includes(COPY_MARK))) break
    if (Date.now() - waitStarted > 120_000)
      throw new Error("suggestion table never held the copies")
    await new Promise((r) => setTimeout(r, 1000))
  }
  console.log(
    `suggestion table holding the copies, after (s): ${((Date.now() - waitStarted) / 1000).toFixed(1)}`
  )

  const search = (one: (typeof RELEVANCE_CASES)[number]) =>
    call("/store/search", {
      entity: "product",
      filters: { q: one.query, ...one.filters },
      fields: ["id", "handle"],
      pagination: { skip: 0, take: 12 },
      search_options: { facets: ["town_handle"], disjunctive_facets: true, count: "exact" },
    })
  for (const one of RELEVANCE_CASES.slice(0, 10)) await search(one) // warm-up
  const byKind = new Map<RelevanceKind | "all", number[]>([["all", []]])
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const one of RELEVANCE_CASES) {
      const [, took] = await timed(() => search(one))
      byKind.get("all")!.push(took)
      byKind.set(one.kind, [...(byKind.get(one.kind) ?? []), took])
    }
  }
  console.log(
    `POST /store/search, the ${RELEVANCE_CASES.length} queries of the relevance set × ${SEARCH_ROUNDS}, ` +
      `one at a time (ms), target p95 < ${SEARCH_P95_TARGET_MS}:`
  )
  console.log(["kind".padEnd(10), "    p50", "    p95", "    max", "requests"].join("\t"))
  for (const [kind, samples] of byKind) {
    const { p50, p95, max } = summary(samples)
    console.log([kind.padEnd(10), ms(p50), ms(p95), ms(max), samples.length].join("\t"))
  }

  const suggest = (q: string) => call(`/store/search/suggest?q=${encodeURIComponent(q)}`)
  for (const q of TYPED) await suggest(q)
  const lookups: number[] = []
  for (let round = 0; round < SUGGEST_ROUNDS; round++) {
    for (const q of TYPED) lookups.push((await timed(() => suggest(q)))[1])
  }
  const suggested = summary(lookups)
  console.log(
    `GET /store/search/suggest, ${TYPED.length} inputs × ${SUGGEST_ROUNDS} (ms): ` +
      `p50 ${suggested.p50.toFixed(1)}, p95 ${suggested.p95.toFixed(1)}, max ${suggested.max.toFixed(1)}  ` +
      `target p95 < ${SUGGEST_P95_TARGET_MS}`
  )
}
