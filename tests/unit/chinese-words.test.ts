import { indexWords, queryWords } from "../../backend/src/search/chinese-words"

describe("Chinese words for the search index", () => {
  it("cuts a query typed without spaces into words, the shop's place names whole", () => {
    expect(queryWords("梅县蜜柚")).toBe("梅县 蜜柚")
    expect(queryWords("丙村番茄")).toBe("丙村 番茄")
    expect(queryWords("  白渡，大米！")).toBe("白渡 大米")
    expect(queryWords("5G 蓝莓")).toBe("5g 蓝莓")
    expect(queryWords("？！")).toBe("")
  })

  it("indexes words, the words inside long words, and single Han characters, once each", () => {
    const words = indexWords("梅州市东溪农业", "梅州市").split(" ")
    expect(words).toEqual(
      expect.arrayContaining(["梅州市", "梅州", "东溪", "农业", "梅", "州", "市", "溪"])
    )
    expect(new Set(words).size).toBe(words.length)
    expect(indexWords("3斤/箱 (冷链)")).not.toMatch(/[/()]/)
    expect(indexWords(null, undefined, "")).toBe("")
  })

  it("lets a query cut differently from the document still match every one of its words", () => {
    const document = new Set(indexWords("梅县区白渡湖镇").split(" "))
    for (const query of ["白渡湖", "渡湖", "白渡"]) {
      for (const word of queryWords(query).split(" ")) expect(document.has(word)).toBe(true)
    }
  })
})
