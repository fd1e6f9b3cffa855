/**
 * Towns and partners over HTTP: the store's read routes (with the publishable
 * key, without the farms' private contacts), the admin's routes for the
 * support team (authentication, creation, validation, stock locations), and
 * workflow compensation restoring a record after a failed update.
 */
import { shopSuite } from "../../fixtures/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { backendRequire, failure } from "../../fixtures/medusa"

const FIVE_TOWNS = ["丙村镇", "畲江镇", "南口镇", "白渡镇", "松源镇"]

shopSuite(({ api, getContainer, admin, store }) => {
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
