/**
 * A farm's harvest batches, low-stock alerts and pre-sales.
 */
import { shopSuite } from "../../fixtures/http"
import { Modules } from "@medusajs/framework/utils"
import { failure } from "../../fixtures/medusa"
import { stockedAt, twoFarms } from "../../fixtures/farm"
import { eventually, placeOrder } from "../../fixtures/orders"

const TOMATO = "bingcun-soilless-cherry-tomato" // 东溪农业 (farm A), cold chain

shopSuite(({ api, getContainer, admin, store }) => {
  const farms = () => twoFarms(api, getContainer(), admin)

  describe("stock", () => {
    it("a harvest batch adds its quantity to the stock; its code is unique per farm", async () => {
      const { a, farmA } = await farms()
      const variant = a.product(TOMATO).variants[1]
      const before = await stockedAt(getContainer(), variant, a.location_id)
      const { data } = await api.post(
        "/admin/farm/batches",
        {
          variant_id: variant.id,
          batch_code: "DX-2026-1129-A",
          harvested_on: "2026-11-29",
          quantity: 30,
          note: "3号棚",
        },
        farmA
      )
      expect(data.batch).toMatchObject({
        batch_code: "DX-2026-1129-A",
        quantity: 30,
        harvested_on: "2026-11-29",
      })
      expect(await stockedAt(getContainer(), variant, a.location_id)).toBe(before + 30)
      const { data: detail } = await api.get(`/admin/farm/batches/${data.batch.id}`, farmA)
      expect(detail.audit).toEqual([
        expect.objectContaining({ reason: "batch", before, after: before + 30 }),
      ])

      const duplicate = await failure(
        api.post(
          "/admin/farm/batches",
          {
            variant_id: variant.id,
            batch_code: "DX-2026-1129-A",
            harvested_on: "2026-11-29",
            quantity: 5,
          },
          farmA
        )
      )
      expect(duplicate.status).toBeGreaterThanOrEqual(400)
      expect(duplicate.status).toBeLessThan(500)
      expect(await stockedAt(getContainer(), variant, a.location_id)).toBe(before + 30)
      const invalid = await failure(
        api.post(
          "/admin/farm/batches",
          { variant_id: variant.id, batch_code: "DX 1", harvested_on: "2026-02-30", quantity: 0 },
          farmA
        )
      )
      expect(invalid.status).toBe(400)
      const { data: list } = await api.get("/admin/farm/batches", farmA)
      expect(list.batches.map((b: any) => b.batch_code)).toEqual(["DX-2026-1129-A"])
    })

    it("alerts once per crossing of the low-stock threshold through the notification module", async () => {
      const { a, farmA } = await farms()
      const variant = a.product(TOMATO).variants[0]
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const alerts = async () =>
        (await notifications.listNotifications({ template: "farm-low-stock" } as any)).length
      await api.post(
        "/admin/farm/inventory",
        { changes: [{ variant_id: variant.id, set: 10 }] },
        farmA
      )
      const { data } = await api.post(
        `/admin/farm/variants/${variant.id}`,
        { low_stock_threshold: 5 },
        farmA
      )
      expect(data.variant).toMatchObject({ low_stock_threshold: 5, is_low: false })
      expect(await alerts()).toBe(0)

      const adjust = (n: number) =>
        api.post(
          "/admin/farm/inventory",
          { changes: [{ variant_id: variant.id, adjust: n }] },
          farmA
        )
      await adjust(-6) // 4: crosses
      expect(await alerts()).toBe(1)
      await adjust(-1) // 3: still below, no second alert
      await adjust(-1) // 2
      expect(await alerts()).toBe(1)
      await adjust(10) // 12: back above
      expect(await alerts()).toBe(1)
      await adjust(-8) // 4: crosses again
      expect(await alerts()).toBe(2)
      const [latest] = await notifications.listNotifications(
        { template: "farm-low-stock" } as any,
        { order: { created_at: "DESC" } } as any
      )
      expect(latest.channel).toBe("feed")
      expect(latest.data as any).toMatchObject({
        variant_id: variant.id,
        available: 4,
        threshold: 5,
        partner_id: a.id,
      })
      const { data: products } = await api.get("/admin/farm/products", farmA)
      const row = products.products
        .find((p: any) => p.handle === TOMATO)
        .variants.find((v: any) => v.id === variant.id)
      expect(row).toMatchObject({ available_quantity: 4, is_low: true })
    })

    it("alerts when an order takes the available stock to the threshold", async () => {
      const { a, farmA } = await farms()
      const variant = a.product(TOMATO).variants[0]
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      await api.post(
        "/admin/farm/inventory",
        { changes: [{ variant_id: variant.id, set: 6 }] },
        farmA
      )
      await api.post(`/admin/farm/variants/${variant.id}`, { low_stock_threshold: 3 }, farmA)
      await placeOrder(api, getContainer(), store, {
        lines: [{ handle: TOMATO, variant: variant.title, quantity: 3 }],
      })
      const alerts = await eventually(async () => {
        const found = await notifications.listNotifications({ template: "farm-low-stock" } as any)
        return found.length > 0 && found
      })
      expect(alerts).toHaveLength(1)
      expect(alerts[0].data).toMatchObject({ variant_id: variant.id, available: 3, threshold: 3 })
      const { data } = await api.get("/admin/farm/products", farmA)
      const row = data.products
        .find((p: any) => p.handle === TOMATO)
        .variants.find((v: any) => v.id === variant.id)
      expect(row).toMatchObject({
        stocked_quantity: 6,
        reserved_quantity: 3,
        available_quantity: 3,
        is_low: true,
      })
    })

    it("puts a product on pre-sale with its ship date and capacity", async () => {
      const { a, farmA } = await farms()
      const product = a.product(TOMATO)
      const { data } = await api.post(
        `/admin/farm/products/${product.id}/presale`,
        {
          ships_from: "2027-03-01",
          capacity: [{ variant_id: product.variants[0].id, quantity: 80 }],
        },
        farmA
      )
      expect(data.product.presale_ships_from).toBe("2027-03-01")
      expect(
        data.product.variants.find((v: any) => v.id === product.variants[0].id).stocked_quantity
      ).toBe(80)
      const { data: storeProducts } = await api.get(
        `/store/products?handle=${TOMATO}&fields=metadata`,
        store
      )
      expect(storeProducts.products[0].metadata.presale_ships_from).toBe("2027-03-01")
      const { data: audit } = await api.get("/admin/farm/audit?reason=presale", farmA)
      expect(audit.count).toBe(1)
    })
  })
})
