/**
 * The PostgreSQL search provider's statements at 10,000 products, without
 * an app: an embedded Postgres on a free port, the provider's migration, the
 * product index of backend/src/search with 10,000 documents built from the
 * seed's products (as tests/bench/search.ts does; 20 products × qualities,
 * one copy in twelve sold out, one in fifty a draft, one in twenty in
 * another sales channel), then every query of the relevance set as
 * `POST /store/search` runs it (the tiers of forgiving.ts until one finds
 * anything; store scope, 12 a page, town facet, exact count) through
 * Medusa's provider, the shop's (backend/src/modules/search-postgres) without
 * its pinyin column, and the shop's, each query on each provider in turn over
 * SEARCH_STATEMENTS_ROUNDS rounds (default 3; a query's best round counts, so
 * the providers meet the same load on a shared machine). Prints p50/p95 per
 * provider with the load average, checks all answer the same hits, counts and
 * facets, and prints EXPLAIN (ANALYZE, BUFFERS) of each statement of one query.
 *
 * `npx tsx tests/bench/search-statements.ts` (about a minute);
 * SEARCH_STATEMENTS_QUERY=蜜柚 picks the explained query; SEARCH_STATEMENTS_COMPARE=0 skips
 * Medusa's provider (two minutes under an idle machine).
 */
import "@medusajs/framework/modules-sdk"
import fs from "node:fs"
import { loadavg } from "node:os"
import { performance } from "node:perf_hooks"
import type { SearchTypes } from "@medusajs/framework/types"
import { defineSearchIndex } from "@medusajs/framework/utils"
import { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import pg from "pg"
import { freePort, startEmbeddedPostgres, tmpDataDir } from "../../backend/launcher/database"
import ShopPostgresSearchService from "../../backend/src/modules/search-postgres/service"
import { searchTiers } from "../../backend/src/search/forgiving"
import { productDocuments } from "../../backend/src/search/product-document"
import { productFields } from "../../backend/src/search/product-fields"
import { SuggestTable } from "../../backend/src/search/suggest-table"
import { chinaMonth } from "../../backend/src/shared/china-time"
import { RELEVANCE_CASES } from "../fixtures/search-relevance"
import { catalogue, CHANNEL, managerOf, type Manager } from "./search-statements-data"
import { percentile } from "./stats"

type Provider = Pick<PostgresSearchService, "search" | "upsertIndex" | "upsertDocuments">
const EXPLAINED = process.env.SEARCH_STATEMENTS_QUERY ?? "蜜柚"
const ROUNDS = Number(process.env.SEARCH_STATEMENTS_ROUNDS ?? 3)

/** The shop's provider as it was before the pinyin column: every match ranked on `search_vector`. */
class WithoutPinyinColumn extends ShopPostgresSearchService {
  constructor(manager: Manager) {
    super({ manager } as never, {})
    this.pinyin_.servesQuery = () => false
  }
}

/** What the store route does for one query: tiers until one finds anything. */
async function storeSearch(
  provider: Provider,
  index: SearchTypes.ResolvedSearchIndexDefinition,
  vocabulary: SuggestTable,
  one: (typeof RELEVANCE_CASES)[number]
) {
  const extra: Record<string, unknown> = { ...one.filters }
  if ("in_season" in extra) {
    if (extra.in_season) extra.harvest_months = chinaMonth()
    delete extra.in_season
  }
  const scope = { status: "published", sales_channel_ids: [CHANNEL] }
  const filters = Object.keys(extra).length ? { $and: [scope, extra] } : scope
  let result: SearchTypes.SearchResult | undefined
  for (const tier of searchTiers(one.query.trim(), vocabulary)) {
    result = await provider.search({
      index,
      q: tier.q,
      filters: filters as SearchTypes.SearchFilters,
      attributes_to_retrieve: ["id", "handle"],
      pagination: { skip: 0, take: 12 },
      search_options: {
        facets: ["town_handle"],
        count: "exact",
        ...(tier.match_strategy ? { match_strategy: tier.match_strategy } : {}),
      },
    } as SearchTypes.ProviderSearchQuery)
    if (result.hits.length || result.metadata.count) break
  }
  return result
}

const summary = (result: SearchTypes.SearchResult | undefined) =>
  JSON.stringify({
    hits: result?.hits.map((hit) => hit.id),
    count: result?.metadata.count,
    facets: result?.facets,
  })

async function main() {
  const dir = tmpDataDir("meixian-search-statements-")
  fs.chmodSync(dir, 0o777)
  const database = await startEmbeddedPostgres({ dir, port: await freePort(), database: "bench" })
  const db = new pg.Client({ connectionString: database.url })
  await db.connect()
  try {
    const statements: string[] = []
    const migration = Object.create(Migration20260807120000.prototype) as {
      up(): Promise<void>
      addSql(sql: string): void
    }
    migration.addSql = (sql) => void statements.push(sql)
    await migration.up()
    for (const sql of statements) await db.query(sql)

    const index = {
      // No seed or events: the bench writes the documents itself.
      ...defineSearchIndex({
        name: "product",
        entity: "product",
        fields: productFields,
      } as unknown as Parameters<typeof defineSearchIndex>[0]),
      primary_key: "id",
      settings: {},
      physical_name: "product",
    } as unknown as SearchTypes.ResolvedSearchIndexDefinition
    const manager = managerOf(db)
    const medusa = new PostgresSearchService({ manager } as never, {})
    const shop = new ShopPostgresSearchService({ manager } as never, {})
    await shop.upsertIndex({ index } as never)

    const rows = catalogue()
    const documents = productDocuments(rows)
    let started = performance.now()
    for (let i = 0; i < documents.length; i += 500) {
      await medusa.upsertDocuments({
        index: "product",
        documents: documents.slice(i, i + 500),
      } as never)
    }
    const [{ table_name: table }] = (
      await db.query<{ table_name: string }>("SELECT table_name FROM search_postgres_index")
    ).rows
    await db.query(`VACUUM ANALYZE "${table}"`)
    console.log(
      `search statements: ${documents.length} documents written in ${((performance.now() - started) / 1000).toFixed(1)} s`
    )
    const vocabulary = new SuggestTable(
      rows.map((r) => ({
        text: r.title,
        kind: "product" as const,
        handle: r.handle,
        sales_channel_ids: [CHANNEL],
      }))
    )

    const compared = process.env.SEARCH_STATEMENTS_COMPARE !== "0"
    const providers: [string, Provider][] = [
      ...(compared ? ([["Medusa's provider", medusa]] as [string, Provider][]) : []),
      ["the shop's provider without the pinyin column", new WithoutPinyinColumn(manager)],
      ["the shop's provider", shop],
    ]
    for (const [, provider] of providers) {
      for (const one of RELEVANCE_CASES.slice(0, 5))
        await storeSearch(provider, index, vocabulary, one)
    }
    // Each query on each provider in turn, ROUNDS times: the providers meet the same load, and
    // a query's best round is its figure (the machine is shared; noise only ever adds time).
    const best = providers.map(() => RELEVANCE_CASES.map(() => Infinity))
    const found = RELEVANCE_CASES.map(() => 0)
    let differing = 0
    console.log(
      `search statements: ${ROUNDS} rounds, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`
    )
    for (let round = 0; round < ROUNDS; round++) {
      for (const [q, one] of RELEVANCE_CASES.entries()) {
        let reference: string | undefined
        for (const [p, [, provider]] of providers.entries()) {
          started = performance.now()
          const result = await storeSearch(provider, index, vocabulary, one)
          best[p][q] = Math.min(best[p][q], performance.now() - started)
          found[q] = result?.metadata.count ?? 0
          const answer = summary(result)
          reference ??= answer
          if (round === 0 && answer !== reference) {
            differing++
            console.log(
              `  differs (${providers[p][0]}): ${one.query}\n    ${reference}\n    ${answer}`
            )
          }
        }
      }
    }
    console.log(
      `search statements: load average after ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`
    )
    for (const [p, [name]] of providers.entries()) {
      const took = [...best[p]].sort((a, b) => a - b)
      console.log(
        `search statements, ${name}: ${took.length} queries, best of ${ROUNDS}: p50 ${percentile(took, 50).toFixed(1)} ms, p95 ${percentile(took, 95).toFixed(1)} ms, max ${took[took.length - 1].toFixed(1)} ms`
      )
      const slowest = RELEVANCE_CASES.map(
        (one, q) => [best[p][q], `${one.kind} ${one.query} (${found[q]} found)`] as const
      ).sort((a, b) => b[0] - a[0])
      console.log(
        `  slowest: ${slowest
          .slice(0, 6)
          .map(([ms, what]) => `${what} ${ms.toFixed(0)} ms`)
          .join("; ")}`
      )
    }
    console.log(`search statements: answers differing between the providers: ${differing}`)

    for (const [name, Provider] of [
      ["Medusa's provider", PostgresSearchService],
      ["the shop's provider", ShopPostgresSearchService],
    ] as const) {
      const log: { sql: string; params: unknown[] }[] = []
      const provider = new Provider({ manager: managerOf(db, log) } as never, {})
      const one = { kind: "word" as const, query: EXPLAINED, handle: "" }
      await storeSearch(provider, index, vocabulary, one)
      console.log(`\nEXPLAIN of "${EXPLAINED}", ${name}:`)
      // A prelude's setting holds for the statement after it, in one transaction.
      let inPrelude = false
      for (const { sql, params } of log.filter(
        (entry) => !entry.sql.includes("search_postgres_index")
      )) {
        if (sql.includes("set_config(")) {
          await db.query("BEGIN")
          await db.query(sql, params)
          inPrelude = true
          console.log(`-- ${sql}`)
          continue
        }
        const plan = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)
        if (inPrelude) await db.query("COMMIT")
        inPrelude = false
        console.log(`-- ${sql.replace(/\s+/g, " ").slice(0, 160)}…`)
        for (const line of plan.rows) console.log(`   ${line["QUERY PLAN"]}`)
      }
    }
  } finally {
    await db.end()
    await database.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
