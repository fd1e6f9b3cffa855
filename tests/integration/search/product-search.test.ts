import { shopSuite } from "../../fixtures/http"
import { Modules } from "@medusajs/framework/utils"
import { failure } from "../../fixtures/medusa"
import { eventually } from "../../fixtures/orders"

type Hit = { id: string; document: Record<string, any> }
type SearchResult = { hits: Hit[]; metadata: { count?: number }; facets?: Record<string, any> }

shopSuite(({ api, getContainer, admin, store }) => {
  async function search(
    filters: Record<string, unknown>,
    extra: Record<string, unknown> = {}
  ): Promise<SearchResult> {
    const { data } = await api.post(
      "/store/search",
      { entity: "product", filters, pagination: { take: 50 }, ...extra },
      store
    )
    return data.results[0]
  }
  const handles = (result: SearchResult) => result.hits.map((h) => h.document.handle).sort()

  it("finds products by Chinese words typed without spaces, from title, origin and description", async () => {
    const pomelos = ["meixian-golden-pomelo", "meixian-red-pomelo", "meixian-white-pomelo"]
    // "蜜柚" is inside the titles 梅县红肉蜜柚 / 梅县白肉蜜柚
    expect(handles(await search({ q: "蜜柚" }))).toEqual([
      "meixian-red-pomelo",
      "meixian-white-pomelo",
    ])
    expect(handles(await search({ q: "梅县蜜柚" }))).toEqual([
      "meixian-red-pomelo",
      "meixian-white-pomelo",
    ])
    // the town's name is in every document of its partners' products
    const songyuan = handles(await search({ q: "松源" }))
    expect(songyuan).toEqual(expect.arrayContaining(pomelos))
    const bingcun = await search({ q: "丙村番茄" })
    expect(handles(bingcun)).toEqual(["bingcun-soilless-cherry-tomato", "bingcun-soilless-tomato"])
    expect(handles(await search({ q: "丝苗米" }))).toContain("shejiang-simiao-rice")
    expect((await search({ q: "榴莲" })).hits).toEqual([])
  })

  it("answers ids, handles, titles and towns, never status or sales channels, with facets by town", async () => {
    const result = await search({ q: "农业" }, { search_options: { facets: ["town_handle"] } })
    expect(result.hits.length).toBeGreaterThan(0)
    for (const hit of result.hits) {
      expect(hit.id).toMatch(/^prod_/)
      expect(hit.document).toMatchObject({
        id: hit.id,
        handle: expect.any(String),
        title: expect.any(String),
      })
      expect(hit.document).not.toHaveProperty("status")
      expect(hit.document).not.toHaveProperty("sales_channel_ids")
      expect(hit.document).not.toHaveProperty("title_words")
    }
    const towns = new Set(result.hits.map((h) => h.document.town_handle))
    expect(towns.size).toBeGreaterThan(1)
    for (const town of towns) expect(JSON.stringify(result.facets)).toContain(town)
    const inBingcun = await search({ q: "农业", town_handle: "bingcun" })
    expect(inBingcun.hits.length).toBeGreaterThan(0)
    expect(inBingcun.hits.length).toBeLessThan(result.hits.length)
    expect(inBingcun.hits.every((h) => h.document.town_handle === "bingcun")).toBe(true)
  })

  it("keeps the index current: a new product, a renamed one, a draft and a deleted one", async () => {
    const { data: partners } = await api.get("/admin/partners?q=东溪", admin)
    const partner = partners.partners[0]
    const [channel] = await getContainer().resolve(Modules.SALES_CHANNEL).listSalesChannels({})
    const { data: created } = await api.post(
      "/admin/products",
      {
        title: "丙村高山百香果",
        handle: "bingcun-passion-fruit-search",
        status: "published",
        options: [{ title: "规格", values: ["3斤/箱"] }],
        variants: [
          {
            title: "3斤/箱",
            options: { 规格: "3斤/箱" },
            prices: [{ amount: 39.9, currency_code: "cny" }],
          },
        ],
        sales_channels: [{ id: channel.id }],
        additional_data: { partner_id: partner.id },
      },
      admin
    )
    const id = created.product.id
    await eventually(async () =>
      handles(await search({ q: "百香果" })).includes("bingcun-passion-fruit-search")
    )
    // its partner's town and name are searchable too
    await eventually(async () =>
      handles(await search({ q: "东溪 百香果" })).includes("bingcun-passion-fruit-search")
    )

    await api.post(`/admin/products/${id}`, { title: "丙村高山鸡蛋果" }, admin)
    await eventually(async () =>
      handles(await search({ q: "鸡蛋果" })).includes("bingcun-passion-fruit-search")
    )
    expect(handles(await search({ q: "百香果" }))).not.toContain("bingcun-passion-fruit-search")

    await api.post(`/admin/products/${id}`, { status: "draft" }, admin)
    await eventually(
      async () => !handles(await search({ q: "鸡蛋果" })).includes("bingcun-passion-fruit-search")
    )

    await api.post(`/admin/products/${id}`, { status: "published" }, admin)
    await eventually(async () =>
      handles(await search({ q: "鸡蛋果" })).includes("bingcun-passion-fruit-search")
    )
    await api.delete(`/admin/products/${id}`, admin)
    await eventually(
      async () => !handles(await search({ q: "鸡蛋果" })).includes("bingcun-passion-fruit-search")
    )
  })

  it("follows a town's and a category's new name", async () => {
    const { data: towns } = await api.get("/admin/towns?q=白渡", admin)
    await api.post(`/admin/towns/${towns.towns[0].id}`, { name: "白渡湖镇" }, admin)
    await eventually(async () =>
      handles(await search({ q: "白渡湖" })).includes("baidu-paddy-frog")
    )

    const { data: categories } = await api.get("/admin/product-categories?handle=tea", admin)
    await api.post(
      `/admin/product-categories/${categories.product_categories[0].id}`,
      { name: "茗茶" },
      admin
    )
    await eventually(async () =>
      handles(await search({ q: "茗茶" })).includes("songyuan-mountain-green-tea")
    )
  })

  it("follows a partner's new name and a product moved to another town", async () => {
    const { data: list } = await api.get("/admin/partners?q=山粮", admin)
    const shanliang = list.partners[0]
    await api.post(`/admin/partners/${shanliang.id}`, { name: "梅州市山粮油坊" }, admin)
    await eventually(async () =>
      handles(await search({ q: "油坊" })).includes("nankou-cold-pressed-peanut-oil")
    )

    const { data: products } = await api.get(
      "/admin/products?handle=nankou-cold-pressed-peanut-oil",
      admin
    )
    const { data: songyuan } = await api.get("/admin/partners?q=丰柚", admin)
    await api.post(
      `/admin/products/${products.products[0].id}/partner`,
      { partner_id: songyuan.partners[0].id },
      admin
    )
    await eventually(async () => {
      const moved = await search({ q: "花生油", town_handle: "songyuan" })
      return handles(moved).includes("nankou-cold-pressed-peanut-oil")
    })
  })

  it("exposes only the product index, only with a publishable key, and rejects malformed queries", async () => {
    expect(
      (await failure(api.post("/store/search", { entity: "customer", filters: { q: "x" } }, store)))
        .status
    ).toBe(404)
    expect(
      (await failure(api.post("/store/search", { entity: "product", filters: { q: "米" } }))).status
    ).toBe(400)
    expect(
      (
        await failure(
          api.post("/store/search", { entity: "product", pagination: { take: 1000 } }, store)
        )
      ).status
    ).toBe(400)
  })
})
