/**
 * Products with their partner and town over HTTP: the store's product routes
 * (never the farm's contacts), and the support team's routes for a product's
 * partner (one link, moved, created with the product).
 */
import { shopSuite } from "../../fixtures/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { failure } from "../../fixtures/medusa"

const FIVE_TOWNS = ["丙村镇", "畲江镇", "南口镇", "白渡镇", "松源镇"]

shopSuite(({ api, getContainer, dbConnection, admin, store }) => {
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
})
