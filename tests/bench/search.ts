/**
 * Search at 10,000 products, in process (no app, no database): building the
 * suggestion table and its lookups (what `GET /store/search/suggest` does per
 * keystroke, target p95 < 20 ms), the forgiving query's tiers with their
 * one-letter corrections, and building the 10,000 documents a reindex writes.
 * Catalogue names are made from the seed's towns, partners and produce.
 * Run alone with `npx tsx tests/bench/search.ts`. The same through the
 * running shop on the PostgreSQL provider (search and suggestion latency over
 * HTTP, the full reindex) is search-postgres.ts.
 */
import { performance } from "node:perf_hooks"
import { searchTiers } from "../../backend/src/search/forgiving"
import { productDocuments, type ProductRow } from "../../backend/src/search/product-document"
import { SuggestTable, type SuggestionEntry } from "../../backend/src/search/suggest-table"
import { partners } from "../../backend/src/scripts/seed/data/partners"
import { products } from "../../backend/src/scripts/seed/data/products"
import { towns } from "../../backend/src/scripts/seed/data/towns"
import { percentile } from "./stats"

const COUNT = 10_000
const QUALITIES = [
  "精选",
  "有机",
  "高山",
  "生态",
  "农家",
  "特级",
  "新鲜",
  "礼盒装",
  "家庭装",
  "当季",
]

function time(fn: () => void): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

function stats(name: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  console.log(
    `${name}: p50 ${percentile(sorted, 50).toFixed(3)} ms, p95 ${percentile(sorted, 95).toFixed(3)} ms (${samples.length} runs)`
  )
}

export async function benchSearchTable() {
  const rows: ProductRow[] = Array.from({ length: COUNT }, (_, i) => {
    const base = products[i % products.length]
    const partner = partners.find((p) => p.handle === base.partner) ?? partners[0]
    const town = towns.find((t) => t.handle === partner.town) ?? towns[0]
    return {
      id: `prod_${String(i).padStart(6, "0")}`,
      handle: `${base.handle}-${i}`,
      title: `${QUALITIES[Math.floor(i / products.length) % QUALITIES.length]}${base.title}${i}`,
      subtitle: base.subtitle,
      description: base.description,
      status: "published",
      created_at: new Date(),
      metadata: { harvest_months: base.harvest_months },
      sales_channels: [{ id: "sc_bench" }],
      categories: base.categories.map((handle) => ({ handle, name: handle })),
      tags: base.tags.map((value) => ({ value })),
      partner: {
        handle: partner.handle,
        name: partner.name,
        town: { handle: town.handle, name: town.name },
      },
    }
  })
  let documents = 0
  const buildDocs = time(() => (documents = productDocuments(rows).length))
  console.log(`search: ${documents} documents built in ${(buildDocs / 1000).toFixed(2)} s`)

  const entries: SuggestionEntry[] = rows.map((r) => ({
    text: r.title,
    kind: "product",
    handle: r.handle,
    sales_channel_ids: ["sc_bench"],
  }))
  let table: SuggestTable | undefined
  const buildTable = time(() => (table = new SuggestTable(entries)))
  console.log(`search: suggestion table of ${COUNT} products built in ${buildTable.toFixed(0)} ms`)

  const typed = [
    "m",
    "mi",
    "miy",
    "miyou",
    "my",
    "mxjy",
    "蜜",
    "蜜柚",
    "梅县",
    "s",
    "sim",
    "lanm",
    "hsy",
    "榴莲",
    "xiaolongxia",
  ]
  const lookups: number[] = []
  for (let round = 0; round < 40; round++) {
    for (const q of typed) lookups.push(time(() => table!.lookup(q, ["sc_bench"], 8)))
  }
  stats("search: suggestion lookup at 10,000 products", lookups)

  const queries = ["miyuo", "simaio", "songyun", "梅县miyou", "蓝梅", "fanqei", "huashenyou"]
  const tiers: number[] = []
  for (let round = 0; round < 20; round++) {
    for (const q of queries) tiers.push(time(() => searchTiers(q, table)))
  }
  stats("search: query tiers with corrections at 10,000 products", tiers)
}

if (require.main === module) {
  benchSearchTable().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
