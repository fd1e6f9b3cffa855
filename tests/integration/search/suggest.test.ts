import { Modules } from "@medusajs/framework/utils"
import { shopSuite } from "../../fixtures/http"
import { backendRequire, failure } from "../../fixtures/medusa"
import { eventually } from "../../fixtures/orders"
import type { StoreSearchSuggestion } from "../../../backend/src/types/http/search"

// the app's own instance of the writer (Node's require, as Medusa loaded it), not vitest's copy
const { suggestionsSettled } = backendRequire("src/search/suggestion-writer.ts")

shopSuite(({ api, admin, store, getContainer, dbConnection }) => {
  // On a shared app, a write queued by the previous file may still be under way (or waiting for
  // a connection its database's restore took away): this file's writes would queue behind it.
  beforeAll(() => suggestionsSettled(), 120_000)

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
  it("suggests a new product from the table the worker writes after its event, within seconds", async () => {
    const [channel] = await getContainer().resolve(Modules.SALES_CHANNEL).listSalesChannels({})
    const before = Number(
      (await dbConnection.raw(`select coalesce(max(version), 0) as v from search_suggestion`))
        .rows[0].v
    )
    const started = Date.now()
    const { data: created } = await api.post(
      "/admin/products",
      {
        title: "梅县三角柚礼盒",
        handle: "meixian-triangle-pomelo-suggest",
        status: "published",
        options: [{ title: "规格", values: ["5斤/箱"] }],
        variants: [
          {
            title: "5斤/箱",
            options: { 规格: "5斤/箱" },
            prices: [{ amount: 59.9, currency_code: "cny" }],
          },
        ],
        sales_channels: [{ id: channel.id }],
      },
      admin
    )
    await eventually(async () => texts(await suggest("sanjiao")).includes("梅县三角柚礼盒"))
    // far sooner than the minute a server used to wait before rebuilding its own table
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(await suggest("三角柚")).toEqual(
      expect.arrayContaining([
        { text: "梅县三角柚礼盒", kind: "product", handle: "meixian-triangle-pomelo-suggest" },
      ])
    )
    // written to the suggestion table as a new version, with its pinyin keys
    const { rows } = await dbConnection.raw(
      `select text, version, removed, pinyin from search_suggestion
        where kind = 'product' and source_id = ?`,
      [created.product.id]
    )
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ text: "梅县三角柚礼盒", removed: false })
    expect(Number(rows[0].version)).toBeGreaterThan(before)
    const keys: string[] = rows[0].pinyin["梅县三角柚礼盒"]
    expect(keys.some((key) => key.startsWith("sanjiao"))).toBe(true)

    // deleted: marked removed in the table, and no longer suggested
    await api.delete(`/admin/products/${created.product.id}`, admin)
    await eventually(async () => !texts(await suggest("sanjiao")).includes("梅县三角柚礼盒"))
    const gone = await dbConnection.raw(
      `select removed from search_suggestion where kind = 'product' and source_id = ?`,
      [created.product.id]
    )
    expect(gone.rows[0].removed).toBe(true)
  })
})
