import { describe, expect, it } from "vitest"
import {
  PINYIN_COLUMN,
  PinyinColumnRepository,
} from "../../backend/src/modules/search-postgres/repositories/pinyin-column"
import { markedPinyin } from "../../backend/src/search/pinyin"

const repository = new PinyinColumnRepository()

function recorder(present: boolean) {
  const statements: string[] = []
  const manager = {
    execute: async (sql: string) => {
      statements.push(sql.replace(/\s+/g, " ").trim())
      return present && statements.length === 1 ? [{ "?column?": 1 }] : []
    },
  }
  return { statements, manager }
}

describe("the shop's PostgreSQL provider: the pinyin column", () => {
  it("serves only queries made of marked pinyin keys", () => {
    expect(repository.servesQuery(markedPinyin(["miyou"]))).toBe(true)
    expect(repository.servesQuery(markedPinyin(["mi", "you"]))).toBe(true)
    expect(repository.servesQuery(` ${markedPinyin(["mxjy"])} `)).toBe(true)
    for (const q of [
      undefined,
      "",
      "蜜柚",
      "miyou",
      "1miyou 蜜柚",
      "1miyou pomelo",
      "1mi2",
      "11",
    ]) {
      expect(repository.servesQuery(q), String(q)).toBe(false)
    }
  })

  it("moves the match and the rank, and only them, to the pinyin column", () => {
    const match = `"search_vector" @@ plainto_tsquery('medusa_search_english', ?)`
    expect(repository.onPinyin(match)).toBe(
      `"${PINYIN_COLUMN}" @@ plainto_tsquery('medusa_search_english', ?)`
    )
    expect(repository.onPinyin(`ts_rank_cd("search_vector", q)`)).toBe(
      `ts_rank_cd("${PINYIN_COLUMN}", q)`
    )
    expect(repository.onPinyin(`word_similarity(?, "search_text")`)).toBe(
      `word_similarity(?, "search_text")`
    )
  })

  it("adds the generated column, kept in the row, and its text index once", async () => {
    const fresh = recorder(false)
    await repository.ensure("search_pg_product", fresh.manager)
    expect(fresh.statements).toHaveLength(6)
    expect(fresh.statements[1]).toContain("CREATE FUNCTION")
    expect(fresh.statements[1]).toContain("ts_delete")
    expect(fresh.statements[1]).toContain("EXCEPTION WHEN duplicate_function")
    expect(fresh.statements[2]).toContain(
      `ADD COLUMN IF NOT EXISTS "${PINYIN_COLUMN}" tsvector GENERATED ALWAYS AS`
    )
    expect(fresh.statements[3]).toContain("SET STORAGE MAIN")
    expect(fresh.statements[4]).toContain("SET (toast_tuple_target = 4080)")
    expect(fresh.statements[5]).toContain(`USING GIN ("${PINYIN_COLUMN}")`)

    const present = recorder(true)
    await repository.ensure("search_pg_product", present.manager)
    expect(present.statements).toHaveLength(1)
  })
})
