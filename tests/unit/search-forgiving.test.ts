import { searchTiers, withinOneEdit } from "../../backend/src/search/forgiving"
import { pinyinKeys, pinyinParts, pinyinWords } from "../../backend/src/search/pinyin"
import { SuggestTable } from "../../backend/src/search/suggest-table"
import { synonymsOf } from "../../backend/src/search/synonyms"

const table = new SuggestTable([
  { text: "梅县红肉蜜柚", kind: "product", handle: "red", sales_channel_ids: ["sc_1"] },
  { text: "梅县金柚", kind: "product", handle: "golden", sales_channel_ids: ["sc_1"] },
  { text: "畲江5G智慧蓝莓", kind: "product", handle: "blueberry", sales_channel_ids: ["sc_2"] },
  { text: "松源镇", kind: "town", handle: "songyuan" },
  { text: "柚子", kind: "category", handle: "pomelo" },
])

describe("pinyin for the search index", () => {
  it("keys a name by syllables, words, initials and every tail, marked for the index", () => {
    const keys = pinyinKeys("梅县红肉蜜柚")
    expect(keys).toEqual(
      expect.arrayContaining([
        "mei",
        "meixian",
        "mx",
        "miyou",
        "my",
        "meixianhongroumiyou",
        "mxhrmy",
        "hongroumiyou",
      ])
    )
    expect(pinyinKeys("丙村镇")).toEqual(expect.arrayContaining(["bingcun", "bc", "bingcunzhen"]))
    expect(pinyinKeys("绿茶")).toContain("lvcha")
    expect(pinyinWords("金柚").split(" ")).toEqual(expect.arrayContaining(["1jinyou", "1jy"]))
    expect(pinyinKeys(null)).toEqual([])
  })

  it("reads a query as pinyin parts: letters as typed, characters by sound", () => {
    expect(pinyinParts("梅县miyou")).toEqual(["meixian", "miyou"])
    expect(pinyinParts("蓝梅")).toEqual(expect.arrayContaining(["lan", "mei"]))
    expect(pinyinParts("m x j y")).toEqual(["mxjy"])
    expect(pinyinParts("？！")).toEqual([])
  })
})

describe("queries that forgive", () => {
  it("tries words, then pinyin (apart, then run together), then one-letter corrections", () => {
    const tiers = searchTiers("mi yuo", table)
    expect(tiers.map((t) => t.tier)).toEqual(["words", "pinyin", "pinyin", "fuzzy", "fuzzy"])
    expect(tiers[1]).toEqual({ tier: "pinyin", q: "1mi 1yuo", match_strategy: "last" })
    expect(tiers[2].q).toBe("1miyuo")
    expect(tiers[4].q).toBe("1miyou")
    expect(searchTiers("蜜柚").map((t) => t.tier)).toEqual(["words", "pinyin"])
    expect(searchTiers("？")).toEqual([])
  })

  it("counts one wrong, missing, extra or swapped letter as one edit, and no more", () => {
    expect(withinOneEdit("miyuo", "miyou")).toBe(true)
    expect(withinOneEdit("simao", "simiao")).toBe(true)
    expect(withinOneEdit("simiaoo", "simiao")).toBe(true)
    expect(withinOneEdit("fanqei", "fanqie")).toBe(true)
    expect(withinOneEdit("lanmai", "lanmei")).toBe(true)
    expect(withinOneEdit("miyuoo", "miyou")).toBe(false)
    expect(withinOneEdit("abc", "xyz")).toBe(false)
  })
})

describe("the suggestion table", () => {
  it("finds names by characters anywhere, pinyin and initials, in the buyer's sales channels", () => {
    const texts = (q: string, channels = ["sc_1"]) =>
      table.lookup(q, channels, 8).map((s) => s.text)
    expect(texts("miy")).toEqual(["梅县红肉蜜柚"])
    expect(texts("mxjy")).toEqual(["梅县金柚"])
    expect(texts("柚")).toEqual(["柚子", "梅县金柚", "梅县红肉蜜柚"])
    expect(texts("蓝莓")).toEqual([])
    expect(texts("蓝莓", ["sc_2"])).toEqual(["畲江5G智慧蓝莓"])
    expect(table.lookup("songy", [], 8)).toEqual([
      { text: "松源镇", kind: "town", handle: "songyuan" },
    ])
    expect(texts("榴莲")).toEqual([])
  })

  it("corrects a letter part to the nearest key prefix", () => {
    expect(table.hasPrefix("miyou")).toBe(true)
    expect(table.hasPrefix("miyuo")).toBe(false)
    expect(table.corrections("miyuo")[0]).toBe("miyou")
    expect(table.corrections("songyun")).toContain("songyuan")
  })
})

describe("synonyms", () => {
  it("gives a product the aliases of the groups its title or categories name, one way", () => {
    expect(synonymsOf(["无土栽培大番茄"])).toEqual(expect.arrayContaining(["西红柿"]))
    expect(synonymsOf(["梅县金柚"])).toContain("柚子")
    expect(synonymsOf(["山粮冷榨花生油", "食用油"])).toContain("食用油")
    expect(synonymsOf(["客家娘酒"])).not.toContain("西红柿")
  })
})
