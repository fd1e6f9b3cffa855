import { PINYIN_MARK } from "../../../search/pinyin"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<unknown[]> }

/** The document table's column of pinyin keys only, and its text index. */
export const PINYIN_COLUMN = "pinyin_vector"

const FUNCTION = "shop_search_pinyin_lexemes"
/** Bytes a row may keep inline before PostgreSQL moves values out of line (default 2,032). */
const TOAST_TARGET = 4080
const ALL_MARKED = new RegExp(`^${PINYIN_MARK}[a-z]+(\\s+${PINYIN_MARK}[a-z]+)*$`)

/**
 * The pinyin keys of each document in a small column of their own
 * (docs/search.md, "Speed").
 *
 * `search_vector` holds every word of a document: its Chinese words and
 * characters (a description alone brings a hundred) and its marked pinyin
 * keys, about 3.4 KB stored out of line. A pinyin query matching a fifth of
 * the catalogue read and ranked all of it for every match. `pinyin_vector`
 * is `search_vector` without the lexemes that do not start with the pinyin
 * mark (`ts_delete`, so every kept lexeme has the same positions and
 * weights), a generated column kept in the row with its own GIN index.
 *
 * A query whose every word is a marked pinyin key (the pinyin and fuzzy
 * tiers of forgiving.ts) matches and ranks the same on both columns: a
 * marked word, or a prefix of one, only meets lexemes that start with the
 * mark, and `ts_rank_cd` without normalization reads only the positions and
 * weights of the lexemes the query meets.
 */
export class PinyinColumnRepository {
  /** Whether `q` is all marked pinyin keys, so its match can read the pinyin column. */
  servesQuery(q: string | undefined): boolean {
    return !!q && ALL_MARKED.test(q.trim())
  }

  /** The match or rank SQL with the document vector replaced by the pinyin column. */
  onPinyin(sql: string): string {
    return sql.replaceAll(`"search_vector"`, `"${PINYIN_COLUMN}"`)
  }

  async ensure(table: string, manager: Manager): Promise<void> {
    // Looked up first: ALTER TABLE locks the table even when the column is there.
    const present = await manager.execute(
      `SELECT 1 FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?`,
      [table, PINYIN_COLUMN]
    )
    if (present.length) return
    // Servers starting together may race on the function; the loser finds it there.
    await manager.execute(
      `DO $$ BEGIN
         CREATE FUNCTION "${FUNCTION}"(tsvector) RETURNS tsvector
         LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
         'SELECT ts_delete($1, ARRAY(SELECT lexeme FROM unnest($1)
                                     WHERE left(lexeme, 1) <> ''${PINYIN_MARK}''))';
       EXCEPTION WHEN duplicate_function OR unique_violation THEN NULL;
       END $$`
    )
    await manager.execute(
      `ALTER TABLE "${table}" ADD COLUMN IF NOT EXISTS "${PINYIN_COLUMN}" tsvector
       GENERATED ALWAYS AS ("${FUNCTION}"("search_vector")) STORED`
    )
    // Kept in the row, uncompressed: PostgreSQL moves a row's other large values out of line
    // first (`MAIN`), and only until the row fits TOAST_TARGET bytes (two rows a page), which
    // leaves the pinyin keys and the scope copy (scope-table.ts) in the row as they are.
    await manager.execute(`ALTER TABLE "${table}" ALTER COLUMN "${PINYIN_COLUMN}" SET STORAGE MAIN`)
    await manager.execute(`ALTER TABLE "${table}" SET (toast_tuple_target = ${TOAST_TARGET})`)
    await manager.execute(
      `CREATE INDEX IF NOT EXISTS "${table}_pinyin_idx" ON "${table}" USING GIN ("${PINYIN_COLUMN}")`
    )
  }
}
