/**
 * A bulk order runs the farms' low-stock check once (its parcels emit no
 * `order.placed`): a variant whose available stock falls to its threshold
 * through the bulk order's reservations gets one alert, not one per parcel.
 */
import { Modules } from "@medusajs/framework/utils"
import { shopSuite } from "../../fixtures/http"
import { bulkUnit, createBulk, resolvedRows } from "../../fixtures/bulk-orders"
import { demoFarmHeaders } from "../../fixtures/farm"
import { eventually } from "../../fixtures/orders"

shopSuite((shop) => {
  const { api, getContainer } = shop

  it("creating a bulk order alerts the farm once for a variant that fell to its threshold", async () => {
    const container = getContainer()
    const made = await bulkUnit(shop, 1)
    const rows = await resolvedRows(
      container,
      [1, 2, 3].map((i) => ({ sku: "BC-TOMATO-CHERRY-3J", quantity: 2, recipient: `收货人${i}` }))
    )
    const variant = rows[0].variant_id
    const farm = await demoFarmHeaders(api)
    await api.post("/admin/farm/inventory", { changes: [{ variant_id: variant, set: 10 }] }, farm)
    await api.post(`/admin/farm/variants/${variant}`, { low_stock_threshold: 5 }, farm)
    const notifications = container.resolve(Modules.NOTIFICATION)
    const alertsOf = async () =>
      (await notifications.listNotifications({ template: "farm-low-stock" } as any)).filter(
        (n: any) => n.data?.variant_id === variant
      )
    expect(await alertsOf()).toHaveLength(0)

    await createBulk(container, { unit_id: made.unit.id, customer_id: made.buyerCustomerId, rows })
    const alerts = await eventually(async () => {
      const found = await alertsOf()
      return found.length > 0 && found
    })
    // the subscriber has run (a second alert would have come with the first)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await alertsOf()).toHaveLength(1)
    expect(alerts[0].data).toMatchObject({ variant_id: variant, available: 4, threshold: 5 })
  })
})
