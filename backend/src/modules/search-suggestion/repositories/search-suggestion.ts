import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { mikroOrmBaseRepositoryFactory } from "@medusajs/framework/utils"
import SearchSuggestion from "../models/search-suggestion"

export type SuggestionKindName = "product" | "category" | "town" | "partner"

/** A suggestion as written by the worker and read by the servers. */
export type StoredSuggestion = {
  kind: SuggestionKindName
  source_id: string
  handle: string
  text: string
  sales_channel_ids: string[] | null
  family: string[] | null
  pinyin: Record<string, string[]> | null
}

export type SuggestionChange = StoredSuggestion & { version: number; removed: boolean }

type Row = Omit<SuggestionChange, "version"> & { version: number | string }

const CHUNK = 500
/** Writers take this lock, so versions commit in the order they were drawn. */
const WRITE_LOCK = "search_suggestion:write"

/**
 * The suggestion table's hand-written SQL: versioned upserts and removals
 * (one version per write, drawn under a lock so a reader that saw version N
 * has every write up to N), the rows changed since a version, and the
 * record of the last whole build.
 */
export class SearchSuggestionRepository extends mikroOrmBaseRepositoryFactory(SearchSuggestion) {
  private manager(context: Context = {}): SqlEntityManager {
    return this.getActiveManager<SqlEntityManager>(context)
  }

  /**
   * Writes `entries` and removes `removed` under one new version; with
   * `whole`, every other row is removed too and the build is recorded with
   * `format`. Runs in the caller's transaction.
   */
  async write(
    input: {
      entries: StoredSuggestion[]
      removed: { kind: SuggestionKindName; source_id: string }[]
      whole?: { format: string }
    },
    context: Context = {}
  ): Promise<number> {
    const manager = this.manager(context)
    await manager.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [WRITE_LOCK])
    const [{ version }] = await manager.execute<{ version: number | string }[]>(
      `select nextval('search_suggestion_version_seq')::int as version`
    )
    for (let i = 0; i < input.entries.length; i += CHUNK) {
      const chunk = input.entries.slice(i, i + CHUNK)
      const params: unknown[] = []
      const values = chunk.map((entry) => {
        params.push(
          entry.kind,
          entry.source_id,
          entry.handle,
          entry.text,
          JSON.stringify(entry.sales_channel_ids),
          JSON.stringify(entry.family),
          JSON.stringify(entry.pinyin),
          version
        )
        return `('sugg_' || replace(gen_random_uuid()::text, '-', ''), ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, false)`
      })
      await manager.execute(
        `insert into search_suggestion
           (id, kind, source_id, handle, text, sales_channel_ids, family, pinyin, version, removed)
         values ${values.join(", ")}
         on conflict (kind, source_id) where deleted_at is null do update set
           handle = excluded.handle, text = excluded.text,
           sales_channel_ids = excluded.sales_channel_ids, family = excluded.family,
           pinyin = excluded.pinyin, version = excluded.version, removed = false,
           updated_at = now()`,
        params
      )
    }
    for (const { kind, source_id } of input.removed) {
      await manager.execute(
        `update search_suggestion set removed = true, version = ?, updated_at = now()
          where kind = ? and source_id = ? and deleted_at is null and not removed`,
        [version, kind, source_id]
      )
    }
    if (input.whole) {
      await manager.execute(
        `update search_suggestion set removed = true, version = ?, updated_at = now()
          where version <> ? and deleted_at is null and not removed`,
        [version, version]
      )
      await manager.execute(
        `insert into search_suggestion_build (id, format, built_at) values (1, ?, now())
         on conflict (id) do update set format = excluded.format, built_at = excluded.built_at`,
        [input.whole.format]
      )
    }
    return Number(version)
  }

  /** The rows written after `version` (all live rows for 0), oldest write first. */
  async changedSince(version: number, context: Context = {}): Promise<SuggestionChange[]> {
    const rows = await this.manager(context).execute<Row[]>(
      `select kind, source_id, handle, text, sales_channel_ids, family, pinyin, version, removed
         from search_suggestion
        where version > ? and deleted_at is null ${version ? "" : "and not removed"}
        order by version, id`,
      [version]
    )
    return rows.map((row) => ({ ...row, version: Number(row.version) }))
  }

  /** The newest version written (0 when nothing was). */
  async latestVersion(context: Context = {}): Promise<number> {
    const [row] = await this.manager(context).execute<{ version: number | string | null }[]>(
      `select max(version) as version from search_suggestion`
    )
    return Number(row?.version ?? 0)
  }

  /** The last whole build, or null before the first. */
  async lastBuild(context: Context = {}): Promise<{ format: string; built_at: Date } | null> {
    const [row] = await this.manager(context).execute<{ format: string; built_at: string }[]>(
      `select format, built_at from search_suggestion_build where id = 1`
    )
    return row ? { format: String(row.format), built_at: new Date(row.built_at) } : null
  }
}
