import { describe, expect, it } from "vitest"
import { SuggestTable, type SuggestionEntry } from "../../backend/src/search/suggest-table"

const entry = (
  id: string,
  text: string,
  extra: Partial<SuggestionEntry> = {}
): SuggestionEntry => ({
  id,
  text,
  kind: "product",
  handle: id.replace(":", "-"),
  sales_channel_ids: ["sc"],
  ...extra,
})

const base = [
  entry("product:1", "梅县红肉蜜柚"),
  entry("product:2", "梅县金柚", { family: ["蜜柚"] }),
  entry("product:3", "丙村红薯"),
  entry("town:1", "松源镇", { kind: "town", sales_channel_ids: undefined }),
]

const INPUTS = [
  "miy",
  "my",
  "梅县",
  "柚",
  "hongshu",
  "songyuan",
  "sy",
  "m",
  "jinyou",
  "三角",
  "sanj",
]

const lookups = (table: SuggestTable) => INPUTS.map((q) => [q, table.lookup(q, ["sc"], 8)] as const)

describe("the suggestion table: patches", () => {
  it("answers as a table built anew after entries are added, renamed and removed", () => {
    const patched = new SuggestTable(base).patched(
      new Map<string, SuggestionEntry | null>([
        ["product:2", entry("product:2", "梅县沙田金柚", { family: ["蜜柚"] })],
        ["product:3", null],
        ["product:4", entry("product:4", "梅县三角柚")],
      ])
    )
    const fresh = new SuggestTable([
      base[0],
      base[3],
      entry("product:2", "梅县沙田金柚", { family: ["蜜柚"] }),
      entry("product:4", "梅县三角柚"),
    ])
    expect(lookups(patched)).toEqual(lookups(fresh))
    expect(patched.live).toBe(4)
    expect(patched.lookup("hongshu", ["sc"], 8)).toEqual([])
    expect(patched.lookup("sanj", ["sc"], 8).map((s) => s.text)).toEqual(["梅县三角柚"])
    expect(patched.hasPrefix("shatian")).toBe(true)
    expect(patched.hasPrefix("hongshu")).toBe(false)
  })

  it("uses the pinyin keys an entry brings, and leaves the table it patched unchanged", () => {
    const table = new SuggestTable(base)
    const before = lookups(table)
    const patched = table.patched(
      new Map([["product:9", entry("product:9", "鲜果", { pinyin: { 鲜果: ["zzkey"] } })]])
    )
    expect(patched.lookup("zzk", ["sc"], 8).map((s) => s.text)).toEqual(["鲜果"])
    expect(patched.lookup("xianguo", ["sc"], 8)).toEqual([])
    expect(lookups(table)).toEqual(before)
  })
})
