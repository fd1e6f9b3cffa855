import { shopSuite } from "../../fixtures/http"
import { failure } from "../../fixtures/medusa"
import { eventually } from "../../fixtures/orders"
import type { StoreSearchSuggestion } from "../../../backend/src/types/http/search"

shopSuite(({ api, admin, store }) => {
  async function suggest(q: string): Promise<StoreSearchSuggestion[]> {
    const { data } = await api.get(`/store/search/suggest?q=${encodeURIComponent(q)}`, store)
    return data.suggestions
  }
  const texts = (list: StoreSearchSuggestion[]) => list.map((s) => s.text)

  it("answers { suggestions: [{ text, kind, handle }] } for pinyin, initials, characters and names", async () => {
    const { data } = await api.get("/store/search/suggest?q=miy", store)
    expect(Object.keys(data)).toEqual(["suggestions"])
    for (const s of data.suggestions) {
      expect(Object.keys(s).sort()).toEqual(["handle", "kind", "text"])
      expect(["product", "town", "partner", "category"]).toContain(s.kind)
    }
    expect(data.suggestions).toEqual(
      expect.arrayContaining([
        { text: "梅县红肉蜜柚", kind: "product", handle: "meixian-red-pomelo" },
        { text: "梅县白肉蜜柚", kind: "product", handle: "meixian-white-pomelo" },
        // 金柚 is of the 蜜柚 family (synonyms.ts): offered after the products named so
        { text: "梅县金柚", kind: "product", handle: "meixian-golden-pomelo" },
      ])
    )
    const miy = texts(data.suggestions)
    expect(miy.indexOf("梅县金柚")).toBeGreaterThan(miy.indexOf("梅县白肉蜜柚"))
    expect(texts(await suggest("youzi"))).toEqual(
      expect.arrayContaining(["梅县金柚", "梅县红肉蜜柚", "梅县白肉蜜柚"])
    )
    expect(texts(await suggest("xihongshi")).length).toBeGreaterThan(0)
    expect(texts(await suggest("mxjy"))).toContain("梅县金柚")
    expect(texts(await suggest("梅县"))).toEqual(expect.arrayContaining(["梅县金柚"]))
    expect(await suggest("松源")).toEqual(
      expect.arrayContaining([{ text: "松源镇", kind: "town", handle: "songyuan" }])
    )
    expect(await suggest("bingc")).toEqual(
      expect.arrayContaining([{ text: "丙村镇", kind: "town", handle: "bingcun" }])
    )
    expect(await suggest("丰柚")).toEqual(
      expect.arrayContaining([
        { text: "梅县区松源镇丰柚家庭农场", kind: "partner", handle: "songyuan-pomelo-farm" },
      ])
    )
    expect(await suggest("茶")).toEqual(
      expect.arrayContaining([{ text: "茶叶", kind: "category", handle: "tea" }])
    )
    // the start of a name before its inside, and never more than eight
    expect((await suggest("m")).length).toBeLessThanOrEqual(8)
    expect(await suggest("榴莲")).toEqual([])
  })

  it("refuses an empty, overlong or extra query with a Chinese message, and needs a publishable key", async () => {
    for (const url of [
      "/store/search/suggest",
      "/store/search/suggest?q=",
      "/store/search/suggest?q=%20%20",
      `/store/search/suggest?q=${"米".repeat(51)}`,
      "/store/search/suggest?q=mi&fields=*",
      "/store/search/suggest?q=a%0Ab",
    ]) {
      const error = await failure(api.get(url, store))
      expect(error.status, url).toBe(400)
      expect(error.data.message, url).toMatch(/[\u4e00-\u9fff]/)
    }
    expect((await failure(api.get("/store/search/suggest?q=mi"))).status).toBe(400)
  })

  it("suggests only published products, and follows a rename at once", async () => {
    const { data } = await api.get("/admin/products?handle=meixian-golden-pomelo", admin)
    const id = data.products[0].id
    expect(texts(await suggest("jinyou"))).toContain("梅县金柚")

    await api.post(`/admin/products/${id}`, { status: "draft" }, admin)
    await eventually(async () => !texts(await suggest("jinyou")).includes("梅县金柚"))

    await api.post(`/admin/products/${id}`, { status: "published", title: "梅县沙田金柚" }, admin)
    await eventually(async () => texts(await suggest("shatian")).includes("梅县沙田金柚"))
    expect(texts(await suggest("梅县金柚"))).not.toContain("梅县金柚")
  })
})
