import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import type {
  EnqueuedTaskPromise,
  MeiliSearch,
  MeiliSearchErrorResponse,
  SearchResponse,
  Task,
} from "meilisearch" with { "resolution-mode": "import" }
import { idsOf, toMeilisearchFilter } from "./filters"
import { searchParams, toSearchResult } from "./query"
import { indexSettings } from "./settings"

export type MeilisearchProviderOptions = {
  host: string
  apiKey: string
  /** Documents per add/update/delete request (default 1,000). */
  batchSize?: number
  /** How long to wait for one task (default 60 s) and how often to ask (default 50 ms). */
  taskTimeoutMs?: number
  taskIntervalMs?: number
}

type Hit = Record<string, unknown>

/**
 * The Search Module's provider for Meilisearch. Every write is a Meilisearch
 * task; each is awaited before the call returns, and a failed task throws
 * with Meilisearch's own message and code, so the module never reports a
 * write as done that the engine refused.
 */
export default class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "search-meilisearch"

  protected readonly options_: MeilisearchProviderOptions
  private client_?: Promise<MeiliSearch>
  protected readonly batchSize_: number
  protected readonly wait_: { timeout: number; interval: number }
  protected readonly logger_?: Logger

  constructor({ logger }: { logger?: Logger }, options: MeilisearchProviderOptions) {
    super()
    if (!options?.host || !options.apiKey) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The Meilisearch provider needs `host` and `apiKey` (MEILISEARCH_HOST, MEILISEARCH_API_KEY)"
      )
    }
    this.options_ = options
    this.batchSize_ = options.batchSize ?? 1000
    this.wait_ = {
      timeout: options.taskTimeoutMs ?? 60_000,
      interval: options.taskIntervalMs ?? 50,
    }
    this.logger_ = logger
  }

  /** The client (the `meilisearch` package is an ES module, loaded on first use). */
  protected client(): Promise<MeiliSearch> {
    this.client_ ??= import("meilisearch").then(
      ({ MeiliSearch }) =>
        new MeiliSearch({ host: this.options_.host, apiKey: this.options_.apiKey })
    )
    return this.client_
  }

  /**
   * Sends the writes one after the other (Meilisearch applies tasks in the
   * order it received them), then awaits every task; the first that did not
   * succeed throws with Meilisearch's message and code.
   */
  protected async settle(
    writes: (() => EnqueuedTaskPromise)[],
    tolerate: string[] = []
  ): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    const uids: number[] = []
    for (const write of writes) uids.push((await write()).taskUid)
    let last: Task | undefined
    for (const uid of uids) {
      last = await client.tasks.waitForTask(uid, this.wait_)
      if (last.status !== "succeeded" && !tolerate.includes(last.error?.code ?? "")) {
        throw this.taskError(last)
      }
    }
    return { id: last ? String(last.uid) : undefined, status: "succeeded" }
  }

  protected taskError(task: Task): MedusaError {
    const reason = task.error ? `${task.error.message} (${task.error.code})` : task.status
    return new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Meilisearch task ${task.uid} (${task.type} on ${task.indexUid ?? "no index"}) ${task.status}: ${reason}`
    )
  }

  async upsertIndex({
    index,
  }: {
    index: SearchTypes.ResolvedSearchIndexDefinition
  }): Promise<SearchTypes.SearchTask> {
    const uid = index.physical_name
    const client = await this.client()
    await this.settle(
      [() => client.createIndex(uid, { primaryKey: index.primary_key })],
      ["index_already_exists"]
    )
    const task = await this.settle([() => client.index(uid).updateSettings(indexSettings(index))])
    return { ...task, index: uid }
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const client = await this.client()
    const task = await this.settle([() => client.deleteIndex(index)], ["index_not_found"])
    return { ...task, index }
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const client = await this.client()
    const [{ results }, stats] = await Promise.all([
      client.getRawIndexes({ limit: 1000 }),
      client.getStats(),
    ])
    return results.map((one) => ({
      name: one.uid,
      provider: MeilisearchSearchService.identifier,
      document_count: stats.indexes[one.uid]?.numberOfDocuments ?? 0,
      created_at: new Date(one.createdAt),
      updated_at: new Date(one.updatedAt),
    }))
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    if (!documents.length) return { index, status: "succeeded" }
    const keep = new Set([definition.primary_key, ...Object.keys(definition.fields)])
    const projected = documents.map((doc) =>
      Object.fromEntries(Object.entries(doc).filter(([key]) => keep.has(key)))
    )
    const target = (await this.client()).index(index)
    const writes: (() => EnqueuedTaskPromise)[] = []
    for (let start = 0; start < projected.length; start += this.batchSize_) {
      const batch = projected.slice(start, start + this.batchSize_)
      writes.push(() => target.addDocuments(batch, { primaryKey: definition.primary_key }))
    }
    return { ...(await this.settle(writes)), index }
  }

  async deleteDocuments({
    index,
    filters,
  }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const target = (await this.client()).index(index)
    const ids = idsOf(filters, "id")
    if (ids) {
      const writes: (() => EnqueuedTaskPromise)[] = []
      for (let start = 0; start < ids.length; start += this.batchSize_) {
        const batch = ids.slice(start, start + this.batchSize_)
        writes.push(() => target.deleteDocuments(batch))
      }
      return { ...(await this.settle(writes)), index }
    }
    const filter = toMeilisearchFilter(filters)
    if (!filter) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Deleting documents needs a filter")
    }
    return { ...(await this.settle([() => target.deleteDocuments({ filter })])), index }
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const target = (await this.client()).index(index)
    return { ...(await this.settle([() => target.deleteAllDocuments()])), index }
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    return (await this.searchMany([input]))[0]
  }

  /** All queries in one `/multi-search` round trip. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    if (!inputs.length) return []
    const queries = inputs.map(searchParams)
    const client = await this.client()
    try {
      const { results } = await client.multiSearch({ queries })
      return results.map((result, i) => toSearchResult(inputs[i], result as SearchResponse<Hit>))
    } catch (error) {
      throw this.searchError(error)
    }
  }

  /** The caller's mistakes (a filter or facet on a field the index cannot filter) are a 400. */
  protected searchError(error: unknown): unknown {
    if (!(error instanceof Error) || error.name !== "MeiliSearchApiError") return error
    const code = (error as { cause?: MeiliSearchErrorResponse }).cause?.code ?? ""
    if (/^invalid_search_/.test(code) || code === "invalid_multi_search_query_facets") {
      return new MedusaError(MedusaError.Types.NOT_ALLOWED, `${error.message} (${code})`)
    }
    this.logger_?.error(`Meilisearch search failed: ${error.message} (${code})`)
    return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch: ${error.message}`)
  }

  /** Writes are awaited inline; this answers for a task id the module kept. */
  async waitForTask(
    task: SearchTypes.SearchTask,
    options?: { timeout_ms?: number }
  ): Promise<SearchTypes.SearchTask> {
    if (!task.id) return task
    const done = await (
      await this.client()
    ).tasks.waitForTask(Number(task.id), {
      timeout: options?.timeout_ms ?? this.wait_.timeout,
      interval: this.wait_.interval,
    })
    return done.status === "succeeded"
      ? { ...task, status: "succeeded" }
      : {
          ...task,
          status: "failed",
          error: { message: done.error?.message ?? done.status, code: done.error?.code },
        }
  }
}
