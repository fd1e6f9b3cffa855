import { shopSuite } from "../../fixtures/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { backendRequire, failure } from "../../fixtures/medusa"

const FIVE_TOWNS = ["丙村镇", "畲江镇", "南口镇", "白渡镇", "松源镇"]

shopSuite(({ api, getContainer, dbConnection, admin, store }) => {
  describe("store: towns and partners", () => {
    it("requires the publishable API key", async () => {
      const { status } = await failure(api.get("/store/towns"))
      expect(status).toBe(400)
    })

    it("lists the five towns with villages and partner counts", async () => {
      const { data } = await api.get("/store/towns", store)
      expect(data.towns.map((t: any) => t.name).sort()).toEqual([...FIVE_TOWNS].sort())
      const ranks = data.towns.map((t: any) => t.rank)
      expect(ranks).toEqual([...ranks].sort((a: number, b: number) => a - b))
      for (const town of data.towns) {
        expect(town.partner_count).toBeGreaterThan(0)
        expect(Array.isArray(town.villages)).toBe(true)
      }
    })

    it("shows a town with its partners, without their private contacts", async () => {
      const { data } = await api.get("/store/towns/bingcun", store)
      expect(data.town.name).toBe("丙村镇")
      expect(data.town.villages.map((v: any) => v.name)).toContain("溪联村")
      const dongxi = data.town.partners.find((p: any) => p.handle === "dongxi-agritech")
      expect(dongxi.name).toBe("梅州市东溪农业科技有限公司")
      expect(dongxi.village.name).toBe("溪联村")
      expect(JSON.stringify(data)).not.toContain("contact_phone")
    })

    it("answers 404 for an unknown town or partner", async () => {
      expect((await failure(api.get("/store/towns/nowhere", store))).status).toBe(404)
      expect((await failure(api.get("/store/partners/nobody", store))).status).toBe(404)
    })

    it("shows a partner with its town and published products", async () => {
      const { data } = await api.get("/store/partners/dongxi-agritech", store)
      expect(data.partner.town).toMatchObject({ handle: "bingcun", name: "丙村镇" })
      expect(data.partner.products.length).toBeGreaterThan(0)
      expect(data.partner.products[0].handle).toBeTruthy()
      expect(data.partner).not.toHaveProperty("contact_phone")
      expect(data.partner).not.toHaveProperty("contact_name")
    })
  })

  describe("store: products with their partner and town", () => {
    it("lists 16+ products with partner, town and CNY prices", async () => {
      const { data: regions } = await api.get("/store/regions", store)
      const region = regions.regions.find((r: any) => r.name === "中国大陆")
      expect(region.currency_code).toBe("cny")
      const { data } = await api.get(
        `/store/products?limit=100&region_id=${region.id}&fields=*partner,*partner.town,*variants.calculated_price`,
        store
      )
      expect(data.count).toBeGreaterThanOrEqual(16)
      for (const product of data.products) {
        expect(product.partner?.name).toBeTruthy()
        expect(FIVE_TOWNS).toContain(product.partner.town.name)
        for (const variant of product.variants) {
          expect(variant.calculated_price.currency_code).toBe("cny")
          expect(variant.calculated_price.calculated_amount).toBeGreaterThan(0)
        }
      }
      const towns = new Set(data.products.map((p: any) => p.partner.town.name))
      expect([...towns].sort()).toEqual([...FIVE_TOWNS].sort())
    })

    it("returns one product's partner and town, never the farm's contacts", async () => {
      const { data: list } = await api.get("/store/products?limit=1&fields=id", store)
      const id = list.products[0].id
      const { data } = await api.get(
        `/store/products/${id}?fields=*partner,*partner.town,*partner.village`,
        store
      )
      expect(data.product.partner.town.handle).toBeTruthy()
      expect(data.product.partner.name).toBeTruthy()
      const { data: asked } = await api.get(
        `/store/products/${id}?fields=id,partner.name,partner.contact_phone,partner.contact_name,partner.address`,
        store
      )
      expect(Object.keys(asked.product.partner).sort()).toEqual(["id", "name"])
      expect(JSON.stringify(data)).not.toMatch(/contact_phone|contact_name|"address"/)
    })
  })

  describe("admin: authentication", () => {
    it.each([
      ["get", "/admin/towns"],
      ["post", "/admin/towns"],
      ["get", "/admin/partners"],
      ["post", "/admin/partners"],
      ["get", "/admin/partners/ptnr_1"],
      ["post", "/admin/products/prod_1/partner"],
    ])("refuses %s %s without a login", async (method, url) => {
      const { status } = await failure(method === "get" ? api.get(url) : api.post(url, {}))
      expect(status).toBe(401)
    })
  })

  describe("admin: towns", () => {
    it("creates a town and adds villages to it", async () => {
      const { data, status } = await api.post(
        "/admin/towns",
        { handle: "chengdong", name: "城东镇", name_pinyin: "Chengdong", villages: ["玉水村"] },
        admin
      )
      expect(status).toBe(201)
      expect(data.town.villages.map((v: any) => v.name)).toEqual(["玉水村"])
      const updated = await api.post(
        `/admin/towns/${data.town.id}`,
        { summary: "测试", villages: ["玉水村", "石塘村"] },
        admin
      )
      expect(updated.data.town.summary).toBe("测试")
      expect(updated.data.town.villages.map((v: any) => v.name).sort()).toEqual(
        ["玉水村", "石塘村"].sort()
      )
    })

    it("refuses invalid towns with a message naming the fields", async () => {
      const { status, data } = await failure(
        api.post("/admin/towns", { handle: "Bad Handle" }, admin)
      )
      expect(status).toBe(400)
      expect(data.message).toMatch(/handle/)
      expect(data.message).toMatch(/name/)
      const dup = await failure(
        api.post(
          "/admin/towns",
          { handle: "bingcun", name: "丙村镇", name_pinyin: "Bingcun" },
          admin
        )
      )
      expect(dup.data.message).toBe('A town with handle "bingcun" already exists')
    })
  })

  describe("admin: partners", () => {
    async function townId(handle: string) {
      const { data } = await api.get("/admin/towns?limit=50", admin)
      return data.towns.find((t: any) => t.handle === handle).id
    }

    it("lists partners with filters", async () => {
      const songyuan = await townId("songyuan")
      const { data } = await api.get(`/admin/partners?town_id=${songyuan}`, admin)
      expect(data.count).toBeGreaterThan(0)
      for (const partner of data.partners) {
        expect(partner.town.handle).toBe("songyuan")
        expect(partner.stock_location?.id).toBeTruthy()
      }
      const farms = await api.get("/admin/partners?kind=household_farm", admin)
      expect(farms.data.partners.every((p: any) => p.kind === "household_farm")).toBe(true)
      const bad = await failure(api.get("/admin/partners?kind=shop", admin))
      expect(bad.status).toBe(400)
    })

    it("creates a partner with its own stock location in the shop's sales channel", async () => {
      const baidu = await townId("baidu")
      const { data, status } = await api.post(
        "/admin/partners",
        {
          handle: "baidu-tea-demo",
          name: "白渡茶园（测试）",
          kind: "farm",
          town_id: baidu,
          households_involved: 18,
          contact_phone: "13800138000",
          certificates: [{ name: "绿色食品", valid_until: "2027-12-31" }],
        },
        admin
      )
      expect(status).toBe(201)
      expect(data.partner.stock_location.name).toBe("白渡茶园（测试）")
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: locations } = await query.graph({
        entity: "stock_location",
        fields: ["id", "sales_channels.name", "fulfillment_providers.id"],
        filters: { id: data.partner.stock_location.id },
      })
      expect(locations[0].sales_channels.map((c: any) => c.name)).toContain("梅县消费帮扶商城")
      expect(locations[0].fulfillment_providers.map((p: any) => p.id)).toContain("manual_manual")
    })

    it("refuses bad partners clearly and writes nothing", async () => {
      const before = (await api.get("/admin/partners?limit=1", admin)).data.count
      const missing = await failure(api.post("/admin/partners", { name: "缺字段" }, admin))
      expect(missing.status).toBe(400)
      expect(missing.data.message).toMatch(/handle/)
      expect(missing.data.message).toMatch(/kind/)
      expect(missing.data.message).toMatch(/town_id/)
      const unknownTown = await failure(
        api.post(
          "/admin/partners",
          { handle: "x-farm", name: "某农场", kind: "farm", town_id: "town_nope" },
          admin
        )
      )
      expect(unknownTown.status).toBe(400)
      expect(unknownTown.data.message).toBe('Town "town_nope" does not exist')
      const badPhone = await failure(
        api.post(
          "/admin/partners",
          {
            handle: "y-farm",
            name: "某农场",
            kind: "farm",
            town_id: await townId("nankou"),
            contact_phone: "2345",
          },
          admin
        )
      )
      expect(badPhone.data.message).toMatch(/contact_phone must be an 11-digit mobile number/)
      const duplicate = await failure(
        api.post(
          "/admin/partners",
          {
            handle: "dongxi-agritech",
            name: "重复",
            kind: "farm",
            town_id: await townId("bingcun"),
          },
          admin
        )
      )
      expect(duplicate.data.message).toBe('A partner with handle "dongxi-agritech" already exists')
      const after = (await api.get("/admin/partners?limit=1", admin)).data.count
      expect(after).toBe(before)
      const locations = await getContainer()
        .resolve(Modules.STOCK_LOCATION)
        .listStockLocations({ name: "重复" })
      expect(locations).toHaveLength(0)
    })

    it("renames the partner's stock location with the partner", async () => {
      const { data: list } = await api.get("/admin/partners?q=东溪", admin)
      const partner = list.partners[0]
      const { data } = await api.post(
        `/admin/partners/${partner.id}`,
        { name: "东溪农业（改名）" },
        admin
      )
      expect(data.partner.name).toBe("东溪农业（改名）")
      expect(data.partner.stock_location.name).toBe("东溪农业（改名）")
    })
  })

  describe("admin: a product's partner", () => {
    it("moves a product to another partner, keeping exactly one link", async () => {
      const { data: products } = await api.get("/admin/products?limit=1&fields=id", admin)
      const productId = products.products[0].id
      const { data: current } = await api.get(`/admin/products/${productId}/partner`, admin)
      expect(current.partner.id).toBeTruthy()
      const { data: partners } = await api.get("/admin/partners?limit=100", admin)
      const other = partners.partners.find((p: any) => p.id !== current.partner.id)

      const { data: moved } = await api.post(
        `/admin/products/${productId}/partner`,
        { partner_id: other.id },
        admin
      )
      expect(moved.partner.id).toBe(other.id)
      expect(moved.partner.town.id).toBe(other.town.id)

      const links = await dbConnection.raw(
        `SELECT product_id, partner_id FROM product_product_provenance_partner
            WHERE product_id = ? AND deleted_at IS NULL`,
        [productId]
      )
      expect(links.rows).toEqual([{ product_id: productId, partner_id: other.id }])
    })

    it("refuses an unknown partner or product", async () => {
      const { data: products } = await api.get("/admin/products?limit=1&fields=id", admin)
      const productId = products.products[0].id
      const badPartner = await failure(
        api.post(`/admin/products/${productId}/partner`, { partner_id: "ptnr_nope" }, admin)
      )
      expect(badPartner.status).toBe(400)
      expect(badPartner.data.message).toBe('Partner "ptnr_nope" does not exist')
      const badProduct = await failure(
        api.post(`/admin/products/prod_nope/partner`, { partner_id: "x" }, admin)
      )
      expect(badProduct.status).toBe(404)
      const noBody = await failure(api.post(`/admin/products/${productId}/partner`, {}, admin))
      expect(noBody.status).toBe(400)
    })

    it("creates a product already linked to its partner, or not at all", async () => {
      const { data: partners } = await api.get("/admin/partners?q=东溪", admin)
      const dongxi = partners.partners[0]
      const product = {
        title: "丙村水果黄瓜",
        handle: "bingcun-mini-cucumber",
        options: [{ title: "规格", values: ["3斤/箱"] }],
        variants: [
          {
            title: "3斤/箱",
            options: { 规格: "3斤/箱" },
            prices: [{ currency_code: "cny", amount: 29.9 }],
          },
        ],
      }
      const { data } = await api.post(
        "/admin/products",
        { ...product, additional_data: { partner_id: dongxi.id } },
        admin
      )
      const { data: linked } = await api.get(`/admin/products/${data.product.id}/partner`, admin)
      expect(linked.partner).toMatchObject({ id: dongxi.id, town: { handle: "bingcun" } })

      const refused = await failure(
        api.post(
          "/admin/products",
          { ...product, handle: "orphan-cucumber", additional_data: { partner_id: "ptnr_nope" } },
          admin
        )
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe('Partner "ptnr_nope" does not exist')
      const { data: orphans } = await api.get("/admin/products?handle=orphan-cucumber", admin)
      expect(orphans.products).toHaveLength(0)
    })

    it("lists every product's partner and town, and the products without one", async () => {
      const { data: all } = await api.get("/admin/provenance/products?limit=100", admin)
      expect(all.count).toBeGreaterThanOrEqual(16)
      expect(all.unassigned_count).toBe(0)
      expect(all.products.every((p: any) => p.partner?.town?.name)).toBe(true)

      await api.post(
        "/admin/products",
        {
          title: "待分配的新商品",
          options: [{ title: "规格", values: ["1件"] }],
          variants: [
            {
              title: "1件",
              options: { 规格: "1件" },
              prices: [{ currency_code: "cny", amount: 10 }],
            },
          ],
        },
        admin
      )
      const { data: orphans } = await api.get("/admin/provenance/products?unassigned=true", admin)
      expect(orphans.unassigned_count).toBe(1)
      expect(orphans.products).toEqual([
        expect.objectContaining({ title: "待分配的新商品", partner: null }),
      ])
      expect(
        (await failure(api.get("/admin/provenance/products?unassigned=yes", admin))).status
      ).toBe(400)
      expect((await failure(api.get("/admin/provenance/products"))).status).toBe(401)
    })

    it("never links a product to two partners", async () => {
      const { data: products } = await api.get("/admin/products?limit=1&fields=id", admin)
      const productId = products.products[0].id
      const { data: current } = await api.get(`/admin/products/${productId}/partner`, admin)
      const { data: partners } = await api.get("/admin/partners?limit=100", admin)
      const other = partners.partners.find((p: any) => p.id !== current.partner.id)
      const link = getContainer().resolve(ContainerRegistrationKeys.LINK)
      await expect(
        link.create({
          [Modules.PRODUCT]: { product_id: productId },
          provenance: { partner_id: other.id },
        })
      ).rejects.toThrow(/Cannot create multiple links/)
      const { data: after } = await api.get(`/admin/products/${productId}/partner`, admin)
      expect(after.partner.id).toBe(current.partner.id)
    })
  })

  describe("compensation: a failure after an update restores the record", () => {
    const failLater = createStep("test-fail-after-update", async () => {
      throw new Error("a later step failed")
    })

    it("restores a partner's name, town and village", async () => {
      const { updatePartnerStep } = backendRequire(
        "src/workflows/provenance/steps/update-partner.ts"
      )
      const workflow = createWorkflow("test-update-partner-then-fail", (input: any) => {
        updatePartnerStep(input)
        failLater()
        return new WorkflowResponse(true)
      })
      const { data: list } = await api.get("/admin/partners?q=东溪", admin)
      const before = (await api.get(`/admin/partners/${list.partners[0].id}`, admin)).data.partner
      const { data: towns } = await api.get("/admin/towns?limit=50", admin)
      const other = towns.towns.find((t: any) => t.handle === "songyuan")

      const { errors } = await workflow(getContainer()).run({
        input: { id: before.id, data: { name: "改了又撤销", town_id: other.id } },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("a later step failed")
      const after = (await api.get(`/admin/partners/${before.id}`, admin)).data.partner
      expect(after).toMatchObject({
        name: before.name,
        town: { id: before.town.id },
        village: { id: before.village.id },
      })
    })

    it("restores a town's fields and removes the villages it added", async () => {
      const { updateTownStep } = backendRequire("src/workflows/provenance/steps/update-town.ts")
      const workflow = createWorkflow("test-update-town-then-fail", (input: any) => {
        updateTownStep(input)
        failLater()
        return new WorkflowResponse(true)
      })
      const { data: towns } = await api.get("/admin/towns?q=丙村", admin)
      const before = towns.towns[0]
      const { errors } = await workflow(getContainer()).run({
        input: { id: before.id, data: { summary: "不会保存", villages: ["新增村"] } },
        throwOnError: false,
      })
      expect(errors).toHaveLength(1)
      const after = (await api.get(`/admin/towns/${before.id}`, admin)).data.town
      expect(after.summary).toBe(before.summary)
      expect(after.villages.map((v: any) => v.name).sort()).toEqual(
        before.villages.map((v: any) => v.name).sort()
      )
    })
  })
})
