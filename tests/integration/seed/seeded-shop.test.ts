/**
 * What the seed builds, read on the seeded shop (the run's seeded template is
 * the seed's own result, tests/setup/http-templates.ts; seed.test.ts runs the
 * seed itself, twice, from the migrated database): every variant stocked at
 * its partner's location and priced in CNY, and a Guangzhou cart's delivery.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { shopSuite } from "../../fixtures/http"
import { storeHeaders } from "../../fixtures/medusa"
import { GUANGZHOU_ADDRESS } from "../../fixtures/orders"

shopSuite(({ api, getContainer }) => {
  it("stocks every variant at its own partner's location and prices it in CNY", async () => {
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
        shipping_address: GUANGZHOU_ADDRESS,
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
