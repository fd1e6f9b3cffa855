import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import {
  buildFacetQuery,
  mapFacetResult,
  normalizeFacetRequests,
} from "@medusajs/search-postgres/dist/utils"
import { PinyinColumnRepository } from "./repositories/pinyin-column"
import { ScopeTableRepository } from "./repositories/scope-table"
import { type ScopePredicate, StoreScopeRepository } from "./repositories/store-scope"

type Query = SearchTypes.ProviderSearchQuery
type Prelude = NonNullable<Parameters<PostgresSearchService["executeQuery"]>[0]["prelude"]>

const textIndexFirst: Prelude = async (manager) => {
  await manager.execute("SELECT set_config('enable_seqscan', 'off', true)")
}

/**
 * Medusa's PostgreSQL search provider (`@medusajs/search-postgres`, same
 * identifier, tables, documents and ranking) with two changes for speed at
 * 10,000 products (docs/search.md, "Speed"):
 *
 * - a text query's equality filters (the store's published status and sales
 *   channels, in-stock, harvest month…) are written by StoreScopeRepository
 *   on the field rather than as a containment on the whole `indexed` column,
 *   so PostgreSQL starts from the text index instead of reading every
 *   published document; the rows kept are the same;
 * - those filters, the count and the facets read a small copy of the filter
 *   fields kept in the row (ScopeTableRepository) instead of decompressing
 *   the whole `indexed` document of every match;
 * - the exact count runs only when the hits leave it unknown: on a first
 *   page with fewer hits than asked, the hits are all there is. A query that
 *   finds nothing (a tier of /store/search that gives way to the next) is
 *   then one statement for the hits and one for each facet.
 */
export default class ShopPostgresSearchService extends PostgresSearchService {
  private readonly scopes_ = new WeakMap<Query, ScopePredicate[]>()
  private readonly scope_ = new StoreScopeRepository()
  private readonly scopeTable_ = new ScopeTableRepository()
  protected readonly pinyin_ = new PinyinColumnRepository()

  protected async createDocumentTable(
    ...[table, plan, manager]: Parameters<PostgresSearchService["createDocumentTable"]>
  ): Promise<void> {
    await super.createDocumentTable(table, plan, manager)
    await this.pinyin_.ensure(table, manager)
    await this.scopeTable_.ensure(table, plan, manager)
  }

  /**
   * Counts (a page of none) read the scope view: no document is decompressed.
   * A text match runs with sequential scans off for its transaction: when a
   * pinyin prefix matches a fifth of the catalogue the planner's costs (which
   * leave out decompressing each `search_vector`) favour reading every
   * document, five times the work of the text index's matches. The prelude
   * is the hook Medusa's provider uses for its own per-query settings.
   */
  protected executeQuery(parts: Parameters<PostgresSearchService["executeQuery"]>[0]) {
    const table = parts.take === 0 ? this.scopeTable_.viewOf(parts.table) : parts.table
    const text = !parts.prelude && parts.conditionsSql([]).some((sql) => sql.includes(" @@ "))
    return super.executeQuery({ ...parts, table, ...(text ? { prelude: textIndexFirst } : {}) })
  }

  /**
   * Facets read the scope view (they group by filter fields only), a text
   * match's with sequential scans off like its hits; Medusa's facet SQL, one
   * statement per facet in request order.
   */
  protected async resolveFacets(input: Parameters<PostgresSearchService["resolveFacets"]>[0]) {
    const requests = normalizeFacetRequests(input.requests, input.plan)
    if (!requests.length) return undefined
    const table = this.scopeTable_.viewOf(input.table)
    const text = !!input.scopeWhere?.sql.includes(" @@ ")
    const run = async (manager: Parameters<Prelude>[0]) => {
      if (text) await textIndexFirst(manager)
      const facets: Record<string, SearchTypes.SearchFacetResult> = {}
      for (const request of requests) {
        const { sql, params } = buildFacetQuery({
          table,
          whereSql: input.scopeWhere?.sql,
          whereParams: input.scopeWhere?.params ?? [],
          request,
          plan: input.plan,
        })
        facets[request.field] = mapFacetResult(request, await manager.execute(sql, params))
      }
      return facets
    }
    return text ? await this.withTransaction(run) : await run(this.manager_)
  }

  async search(input: Query): Promise<SearchTypes.SearchResult> {
    const started = Date.now()
    const options = input.search_options ?? {}
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    // A facet-only query (take 0) is already just the count and the facets.
    const counted = options.count !== "none" && take > 0
    const first = await super.search(
      counted ? { ...input, search_options: { ...options, count: "none" } } : input
    )
    if (!counted) return first

    let count: number
    if (skip === 0 && first.hits.length < take) {
      count = first.hits.length
    } else {
      const counting = await super.search({
        ...input,
        pagination: { ...input.pagination, skip: 0, take: 0 },
        search_options: { ...options, facets: undefined },
      })
      count = counting.metadata.count ?? 0
    }
    return {
      ...first,
      metadata: { ...first.metadata, count, processing_time_ms: Date.now() - started },
    }
  }

  protected searchKeyword(input: Parameters<PostgresSearchService["searchKeyword"]>[0]) {
    return super.searchKeyword({ ...input, input: this.scoped(input.input, input.catalog.plan) })
  }

  protected buildFacetScope(input: Parameters<PostgresSearchService["buildFacetScope"]>[0]) {
    if (!input.useKeyword || input.useVector) return super.buildFacetScope(input)
    return super.buildFacetScope({ ...input, input: this.scoped(input.input, input.catalog.plan) })
  }

  /**
   * Medusa's match and rank, on the pinyin column when the query is all
   * pinyin keys (same rows and scores, a fraction of the bytes: see
   * PinyinColumnRepository), with the store scope ANDed to the match.
   */
  protected keywordFragments(input: Parameters<PostgresSearchService["keywordFragments"]>[0]) {
    const fragments = super.keywordFragments(input)
    const pinyin = !fragments.needsBm25Limit && this.pinyin_.servesQuery(fragments.q)
    const rank = fragments.rankSql
    const scope = this.scopes_.get(input.query)
    const match = fragments.matchSql
    if (!match || (!scope && !pinyin)) return fragments
    const onColumn = (sql: string) => (pinyin ? this.pinyin_.onPinyin(sql) : sql)
    return {
      ...fragments,
      rankSql: (params: unknown[]) => onColumn(rank(params)),
      matchSql: (params: unknown[]) => {
        const text = onColumn(match(params))
        return scope ? `(${text} AND ${this.scope_.sql(scope, params)})` : text
      },
    }
  }

  /**
   * The query with its equality filters moved into the scope the match
   * predicate carries (keywordFragments); text queries only, since the scope
   * rides on the text match.
   */
  private scoped(query: Query, plan: Parameters<StoreScopeRepository["split"]>[1]): Query {
    if (!query.q?.trim() || this.scopes_.has(query)) return query
    const { scope, rest } = this.scope_.split(query.filters, plan)
    if (!scope.length) return query
    const next: Query = { ...query, filters: rest }
    this.scopes_.set(next, scope)
    return next
  }
}
