import { shopSuite } from "../../fixtures/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runSeed, storeHeaders } from "../../fixtures/medusa"

const COUNTED_TABLES = [
  "town",
  "village",
  "partner",
  "product",
  "product_variant",
  "product_category",
  "product_tag",
  "price",
  "inventory_item",
  "inventory_level",
  "stock_location",
  "sales_channel",
  "region",
  "tax_region",
  "api_key",
  "shipping_profile",
  "fulfillment_set",
  "shipping_option",
  "product_product_provenance_partner",
  "provenance_partner_stock_location_stock_location",
  "user",
  "user_user_provenance_partner",
  "auth_identity",
]

// the file seeds in its tests: it starts from the migrated database
shopSuite({ seeded: false }, ({ api, getContainer, dbConnection }) => {
  async function counts() {
    const result: Record<string, number> = {}
    for (const table of COUNTED_TABLES) {
      const rows = await dbConnection.raw(
        `SELECT count(*)::int AS n FROM "${table}" WHERE deleted_at IS NULL`
      )
      result[table] = rows.rows[0].n
    }
    return result
  }

  it("builds the shop once and changes nothing when run again", async () => {
    await runSeed(getContainer())
    const first = await counts()
    expect(first.town).toBe(5)
    expect(first.partner).toBeGreaterThanOrEqual(9)
    expect(first.product).toBeGreaterThanOrEqual(16)
    expect(first.product_product_provenance_partner).toBe(first.product)
    expect(first.provenance_partner_stock_location_stock_location).toBe(first.partner)
    expect(first.shipping_option).toBe(8)
    // the support team's admin and the demo farm account, linked to its partner
    expect(first.user).toBe(2)
    expect(first.user_user_provenance_partner).toBe(1)
    expect(first.sales_channel).toBe(1)
    expect(first.region).toBe(1)
    expect(first.api_key).toBe(1)

    await runSeed(getContainer())
    expect(await counts()).toEqual(first)
  })

  it("stocks every variant at its own partner's location and prices it in CNY", async () => {
    await runSeed(getContainer())
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: [
        "handle",
        "status",
        "partner.stock_location.id",
        "partner.town.name",
        "variants.sku",
        "variants.prices.amount",
        "variants.prices.currency_code",
        "variants.inventory_items.inventory.location_levels.location_id",
        "variants.inventory_items.inventory.location_levels.stocked_quantity",
      ],
    })
    for (const product of products as any[]) {
      expect(product.status).toBe("published")
      const locationId = product.partner.stock_location.id
      for (const variant of product.variants) {
        const levels = variant.inventory_items[0].inventory.location_levels
        expect(levels.map((l: any) => l.location_id)).toEqual([locationId])
        expect(variant.prices).toEqual([expect.objectContaining({ currency_code: "cny" })])
        // Exact to the fen: at most two decimals, as stored.
        expect(String(variant.prices[0].amount)).toMatch(/^[1-9]\d*(\.\d{1,2})?$/)
      }
    }
    const soldOut = (products as any[])
      .flatMap((p) => p.variants)
      .filter((v: any) => v.inventory_items[0].inventory.location_levels[0].stocked_quantity === 0)
    expect(soldOut.length).toBeGreaterThanOrEqual(1)
  })

  it("prices a Guangzhou cart's delivery: courier free from ¥99 of items, pickup free", async () => {
    await runSeed(getContainer())
    const store = await storeHeaders(getContainer())
    const { data: regions } = await api.get("/store/regions", store)
    const region = regions.regions[0]
    const { data: list } = await api.get(
      `/store/products?handle=meixian-red-pomelo&region_id=${region.id}&fields=*variants.calculated_price`,
      store
    )
    const variant = list.products[0].variants.find((v: any) => v.title === "5斤/箱")
    const unit = variant.calculated_price.calculated_amount
    expect(unit).toBeLessThan(99)

    const { data: created } = await api.post(
      "/store/carts",
      { region_id: region.id, items: [{ variant_id: variant.id, quantity: 1 }] },
      store
    )
    const cartId = created.cart.id
    await api.post(
      `/store/carts/${cartId}`,
      {
        email: "buyer@example.cn",
        shipping_address: {
          first_name: "李",
          last_name: "明",
          phone: "13800138000",
          country_code: "cn",
          province: "广东省",
          city: "广州市",
          address_1: "天河区体育西路 1 号",
        },
      },
      store
    )
    const prices = async () => {
      const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
      return Object.fromEntries(data.shipping_options.map((o: any) => [o.name, o.amount]))
    }
    expect(await prices()).toEqual({
      标准快递: 12,
      冷链配送: 25,
      广州展厅自提: 0,
      "广州展厅自提（冷藏）": 0,
    })

    const lineId = (await api.get(`/store/carts/${cartId}`, store)).data.cart.items[0].id
    await api.post(
      `/store/carts/${cartId}/line-items/${lineId}`,
      { quantity: Math.ceil(99 / unit) },
      store
    )
    expect((await prices())["标准快递"]).toBe(0)
  })
})
