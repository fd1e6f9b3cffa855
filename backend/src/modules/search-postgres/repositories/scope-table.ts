import type { IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { PINYIN_COLUMN } from "./pinyin-column"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<unknown[]> }

/** The small copy of a document's filter fields, kept inline in the row. */
export const SCOPE_COLUMN = "scope_fields"

const SIMPLE_PATH = /^[A-Za-z0-9_]+$/

/**
 * The document table's scope column and the view that reads through it
 * (docs/search.md, "Speed").
 *
 * `indexed` holds each document's words and pinyin keys, several kilobytes
 * PostgreSQL stores out of line and decompresses for every row a filter
 * reads. `scope_fields` is `indexed` without its search-only text fields (a
 * few hundred bytes, stored in the row, kept by PostgreSQL as a generated
 * column), so the store scope costs nothing per matching document. The view
 * `<table>_scope` shows it as `indexed`, so the count and facet statements
 * Medusa's provider builds (filters and facets name only filterable and
 * facetable fields) run unchanged on it.
 */
export class ScopeTableRepository {
  viewOf(table: string): string {
    return `${table}_scope`
  }

  async ensure(table: string, plan: IndexPlan, manager: Manager): Promise<void> {
    const textOnly = [...plan.fields.values()]
      .filter(({ kind, path, field }) => {
        if (kind !== "text" || !SIMPLE_PATH.test(path)) return false
        return !field.filterable && !field.facetable && !field.sortable
      })
      .map(({ path }) => path)
    const dropped = textOnly.length ? ` - '{${textOnly.join(",")}}'::text[]` : ""
    // Looked up first: ALTER TABLE locks the table even when the column is there.
    const present = await manager.execute(
      `SELECT 1 FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?`,
      [table, SCOPE_COLUMN]
    )
    if (!present.length) {
      await manager.execute(
        `ALTER TABLE "${table}" ADD COLUMN IF NOT EXISTS "${SCOPE_COLUMN}" jsonb
         GENERATED ALWAYS AS ("indexed"${dropped}) STORED`
      )
    }
    // Created once; servers starting together may race, and the loser finds it there.
    const view = this.viewOf(table)
    const select = `SELECT "id", "document", "${SCOPE_COLUMN}" AS "indexed", "search_vector",
                    "search_text", "${SCOPE_COLUMN}", "${PINYIN_COLUMN}" FROM "${table}"`
    await manager.execute(
      `DO $$ BEGIN
         CREATE VIEW "${view}" AS ${select};
       EXCEPTION WHEN duplicate_table OR unique_violation THEN NULL;
       END $$`
    )
    // A view made before the pinyin column (PinyinColumnRepository) gains it at the end.
    await manager.execute(
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                        WHERE table_schema = current_schema() AND table_name = '${view}'
                          AND column_name = '${PINYIN_COLUMN}') THEN
           CREATE OR REPLACE VIEW "${view}" AS ${select};
         END IF;
       END $$`
    )
  }
}
