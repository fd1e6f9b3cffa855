/**
 * A farm's stock audit of what leaves and comes back through the order page:
 * a shipment the support team makes (once, and waiting while the farm changes
 * that stock) and a return received at the farm's location.
 */
import { Modules } from "@medusajs/framework/utils"
import { stockLockKeys } from "../../../backend/src/workflows/farm/stock-lock"
import { type Headers, stockedAt, twoFarms } from "../../fixtures/farm"
import { shopSuite } from "../../fixtures/http"
import { eventually, payOrder, placeOrder, receiveReturn } from "../../fixtures/orders"

const TOMATO = "bingcun-soilless-cherry-tomato" // 东溪农业 (farm A), cold chain
const RICE = "shejiang-simiao-rice" // 畲穗农业 (farm B), ambient

shopSuite(({ api, getContainer, admin, store }) => {
  const farms = () => twoFarms(api, getContainer(), admin)
  /** A paid order of `quantity` of `handle`, and its line as the farm (`farm`: its headers) lists it. */
  const paidLine = async (farm: Headers, handle: string, quantity: number) => {
    const order = await placeOrder(api, getContainer(), store, { lines: [{ handle, quantity }] })
    await payOrder(api, admin, order.id)
    const { data } = await api.get("/admin/farm/order-lines", farm)
    return { order, line: data.order_lines[0] }
  }

  describe("stock audit", () => {
    it("audits stock that the support team ships from the order page, once", async () => {
      const { a, farmA } = await farms()
      const { order, line } = await paidLine(farmA, TOMATO, 3)
      const variant = a.product(TOMATO).variants.find((v: any) => v.id === line.variant_id)
      const before = await stockedAt(getContainer(), variant, a.location_id)
      const { data: fulfilled } = await api.post(
        `/admin/orders/${order.id}/fulfillments?fields=*fulfillments`,
        { location_id: a.location_id, items: [{ id: line.id, quantity: 3 }] },
        admin
      )
      const fulfillment = fulfilled.order.fulfillments[0]
      expect(await stockedAt(getContainer(), variant, a.location_id)).toBe(before - 3)
      const audit = await eventually(async () => {
        const { data } = await api.get("/admin/farm/audit?reason=sale", farmA)
        return data.audit.length > 0 && data.audit
      })
      expect(audit).toEqual([
        expect.objectContaining({
          reference_id: fulfillment.id,
          before,
          after: before - 3,
          delta: -3,
          actor_type: "user",
        }),
      ])
      expect((await api.get("/admin/farm/order-lines", farmA)).data.order_lines).toEqual([])
    })

    it("makes a fulfillment on the order page wait while the farm changes that stock", async () => {
      const { a, farmA } = await farms()
      const { order, line } = await paidLine(farmA, TOMATO, 2)
      const variant = a.product(TOMATO).variants.find((v: any) => v.id === line.variant_id)
      const before = await stockedAt(getContainer(), variant, a.location_id)
      // the farm's stock lock of that level, as 我的农场 takes it for a change
      const locking = getContainer().resolve(Modules.LOCKING)
      const keys = stockLockKeys(a.location_id, [variant.inventory_items[0].inventory_item_id])
      await locking.acquire(keys, { ownerId: "farm-change", expire: 60 })
      let answered = false
      const fulfilling = api
        .post(
          `/admin/orders/${order.id}/fulfillments?fields=*fulfillments`,
          { location_id: a.location_id, items: [{ id: line.id, quantity: 2 }] },
          admin
        )
        .finally(() => (answered = true))
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(answered).toBe(false)
      expect(await stockedAt(getContainer(), variant, a.location_id)).toBe(before)
      await locking.release(keys, { ownerId: "farm-change" })
      const { data } = await fulfilling
      expect(await stockedAt(getContainer(), variant, a.location_id)).toBe(before - 2)
      // the audit, written inside the request, did not wait for the request's own lock
      const { data: audits } = await api.get("/admin/farm/audit?reason=sale", farmA)
      expect(audits.audit).toContainEqual(
        expect.objectContaining({
          reference_id: data.order.fulfillments[0].id,
          before,
          after: before - 2,
        })
      )
      // and the lock is free again for the farm
      await locking.acquire(keys, { ownerId: "farm-change" })
      await locking.release(keys, { ownerId: "farm-change" })
    })

    it("audits a return received at the farm's location", async () => {
      const { b, farmB } = await farms()
      const { order, line } = await paidLine(farmB, RICE, 3)
      await api.post(
        "/admin/farm/shipments",
        {
          order_id: order.id,
          items: [{ id: line.id, quantity: 3 }],
          carrier: "中国邮政 EMS",
          tracking_number: "EMS10001",
        },
        farmB
      )
      const variant = b.product(RICE).variants.find((v: any) => v.id === line.variant_id)
      const before = await stockedAt(getContainer(), variant, b.location_id)
      const [returnOption] = await getContainer()
        .resolve(Modules.FULFILLMENT)
        .listShippingOptions({ name: "退货寄回" })
      const returnId = await receiveReturn(api, admin, {
        order_id: order.id,
        location_id: b.location_id,
        shipping_option_id: returnOption.id,
        items: [{ id: line.id, quantity: 1 }],
      })
      expect(await stockedAt(getContainer(), variant, b.location_id)).toBe(before + 1)
      const audit = await eventually(async () => {
        const { data } = await api.get("/admin/farm/audit?reason=return", farmB)
        return data.audit.length > 0 && data.audit
      })
      expect(audit).toEqual([
        expect.objectContaining({
          reference_id: returnId,
          before,
          after: before + 1,
          delta: 1,
          variant_id: variant.id,
        }),
      ])
    })
  })
})
