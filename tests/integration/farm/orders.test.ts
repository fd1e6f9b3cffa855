/**
 * A farm's orders: lines listed and shipped only once paid, from the farm's
 * location with a tracking number; the farm's own ledger entries and monthly
 * statement. (Its stock audit of shipments and returns: stock-audit.test.ts.)
 */
import { shopSuite } from "../../fixtures/http"
import { failure } from "../../fixtures/medusa"
import { stockedAt, twoFarms } from "../../fixtures/farm"
import {
  eventually,
  GUANGZHOU_ADDRESS,
  payOrder,
  placeOrder,
  syncLedger,
} from "../../fixtures/orders"

const TOMATO = "bingcun-soilless-cherry-tomato" // 东溪农业 (farm A), cold chain
const RICE = "shejiang-simiao-rice" // 畲穗农业 (farm B), ambient

shopSuite(({ api, getContainer, admin, store }) => {
  const farms = () => twoFarms(api, getContainer(), admin)

  describe("orders", () => {
    it("neither lists nor ships a line before its order is paid, and nothing is written", async () => {
      const { a, farmA } = await farms()
      const order = await placeOrder(api, getContainer(), store, {
        lines: [{ handle: TOMATO, quantity: 2 }],
      })
      const { data: order_ } = await api.get(`/admin/orders/${order.id}?fields=*items`, admin)
      const lineId = order_.order.items[0].id
      expect((await api.get("/admin/farm/order-lines?status=all", farmA)).data).toMatchObject({
        order_lines: [],
        count: 0,
      })

      const variant = a
        .product(TOMATO)
        .variants.find((v: any) => v.id === order_.order.items[0].variant_id)
      const before = await stockedAt(getContainer(), variant, a.location_id)
      const ship = () =>
        api.post(
          "/admin/farm/shipments",
          {
            order_id: order.id,
            items: [{ id: lineId, quantity: 2 }],
            carrier: "顺丰速运",
            tracking_number: "SF5550001111",
          },
          farmA
        )
      const refused = await failure(ship())
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("not paid")
      const { data: after } = await api.get(
        `/admin/orders/${order.id}?fields=fulfillment_status,*fulfillments`,
        admin
      )
      expect(after.order.fulfillments).toEqual([])
      expect(await stockedAt(getContainer(), variant, a.location_id)).toBe(before)
      expect((await api.get("/admin/farm/audit?reason=sale", farmA)).data.audit).toEqual([])
      await syncLedger(getContainer(), [order.id])
      expect((await api.get("/admin/farm/entries", farmA)).data.entries).toEqual([])

      // a partial payment is not paid either
      const { data: payments } = await api.get(
        `/admin/orders/${order.id}?fields=*payment_collections.payments`,
        admin
      )
      await api.post(
        `/admin/payments/${payments.order.payment_collections[0].payments[0].id}/capture`,
        { amount: 1 },
        admin
      )
      expect((await api.get("/admin/farm/order-lines", farmA)).data.order_lines).toEqual([])
      expect((await failure(ship())).status).toBe(400)

      await payOrder(api, admin, order.id)
      const { data: open } = await api.get("/admin/farm/order-lines", farmA)
      expect(open.order_lines.map((l: any) => l.id)).toEqual([lineId])
      expect(open.order_lines[0].paid_at).toBeTruthy()
      const { data: shipped } = await ship()
      expect(shipped.order_lines[0]).toMatchObject({ unshipped_quantity: 0, shipped_quantity: 2 })
      expect(await stockedAt(getContainer(), variant, a.location_id)).toBe(before - 2)
    })

    it("lists the farm's open lines with recipient and address and ships them from its location with a tracking number", async () => {
      const { a, b, farmA, farmB } = await farms()
      const order = await placeOrder(api, getContainer(), store, {
        lines: [
          { handle: TOMATO, quantity: 2 },
          { handle: RICE, quantity: 1 },
        ],
      })
      await payOrder(api, admin, order.id)
      const { data: open } = await api.get("/admin/farm/order-lines", farmA)
      expect(open.order_lines).toHaveLength(1)
      const line = open.order_lines[0]
      expect(line).toMatchObject({
        order_id: order.id,
        quantity: 2,
        unshipped_quantity: 2,
        product_id: a.product(TOMATO).id,
      })
      // Chinese order: family name (last_name) first
      expect(line.recipient).toMatchObject({
        name: `${GUANGZHOU_ADDRESS.last_name}${GUANGZHOU_ADDRESS.first_name}`,
        phone: GUANGZHOU_ADDRESS.phone,
      })
      expect(line.recipient.address).toContain("天河区体育西路 1 号")
      expect(line.shipping_method).toBe("冷链配送")
      const { data: openB } = await api.get("/admin/farm/order-lines", farmB)
      expect(openB.order_lines.map((l: any) => l.product_id)).toEqual([b.product(RICE).id])

      const variant = a.product(TOMATO).variants.find((v: any) => v.id === line.variant_id)
      const before = await stockedAt(getContainer(), variant, a.location_id)
      const { data: shipped } = await api.post(
        "/admin/farm/shipments",
        {
          order_id: order.id,
          items: [{ id: line.id, quantity: 2 }],
          carrier: "顺丰速运",
          tracking_number: "SF1234567890",
        },
        farmA
      )
      expect(shipped.order_lines[0]).toMatchObject({ unshipped_quantity: 0, shipped_quantity: 2 })
      expect(shipped.order_lines[0].shipments[0]).toMatchObject({
        carrier: "顺丰速运",
        tracking_numbers: ["SF1234567890"],
      })
      expect(await stockedAt(getContainer(), variant, a.location_id)).toBe(before - 2)

      const { data: full } = await api.get(
        `/admin/orders/${order.id}?fields=*fulfillments,*fulfillments.labels,*fulfillments.items`,
        admin
      )
      const fulfillment = full.order.fulfillments.find((f: any) => f.id === shipped.fulfillment_id)
      expect(fulfillment.location_id).toBe(a.location_id)
      expect(fulfillment.shipped_at).toBeTruthy()
      expect(fulfillment.labels.map((l: any) => l.tracking_number)).toEqual(["SF1234567890"])
      const { data: option } = await api.get(
        `/admin/shipping-options/${fulfillment.shipping_option_id}`,
        admin
      )
      expect(option.shipping_option.name).toBe("冷链配送")

      expect((await api.get("/admin/farm/order-lines", farmA)).data.order_lines).toEqual([])
      const { data: audit } = await api.get("/admin/farm/audit?reason=sale", farmA)
      expect(audit.audit[0]).toMatchObject({
        before,
        after: before - 2,
        delta: -2,
        reference_id: shipped.fulfillment_id,
      })
      // farm B's line is untouched
      expect(
        (await api.get("/admin/farm/order-lines", farmB)).data.order_lines[0].unshipped_quantity
      ).toBe(1)
      // shipping more than is left fails
      const again = await failure(
        api.post(
          "/admin/farm/shipments",
          {
            order_id: order.id,
            items: [{ id: line.id, quantity: 1 }],
            carrier: "顺丰速运",
            tracking_number: "SF1234567891",
          },
          farmA
        )
      )
      expect(again.status).toBe(400)
    })

    it("shows the farm its own ledger entries and a monthly statement with a CSV export", async () => {
      const { a, farmA } = await farms()
      const order = await placeOrder(api, getContainer(), store, {
        lines: [
          { handle: TOMATO, quantity: 2 },
          { handle: RICE, quantity: 1 },
        ],
      })
      // nothing for the farm until the order is paid
      await syncLedger(getContainer(), [order.id])
      const { data: none } = await api.get("/admin/farm/statement", farmA)
      expect(none.total).toMatchObject({ amount: "0.00", quantity: 0, orders: 0 })
      await payOrder(api, admin, order.id)
      const entries = await eventually(async () => {
        const { data } = await api.get(`/admin/aid/entries?order_id=${order.id}`, admin)
        return data.entries.length === 2 && data.entries
      })
      const own = entries.filter((e: any) => e.partner_id === a.id)
      const { data } = await api.get("/admin/farm/entries", farmA)
      expect(data.entries.map((e: any) => e.id)).toEqual(own.map((e: any) => e.id))

      const month = own[0].day.slice(0, 7)
      const { data: statement } = await api.get(`/admin/farm/statement?month=${month}`, farmA)
      expect(statement.partner.id).toBe(a.id)
      expect(statement.total).toMatchObject({ amount: own[0].amount, quantity: 2, orders: 1 })
      expect(statement.rows).toEqual([
        expect.objectContaining({ quantity: 2, amount: own[0].amount }),
      ])

      const csv = await api.get(`/admin/farm/statement?month=${month}&format=csv`, {
        ...farmA,
        responseType: "arraybuffer",
      })
      const bytes = Buffer.from(csv.data)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = bytes.toString("utf8").slice(1)
      const rows = text.split("\r\n").filter(Boolean)
      expect(rows[0]).toBe("时间,订单号,类型,商品,规格,数量,金额（元）,买家类型")
      expect(rows).toHaveLength(3)
      expect(rows[2]).toBe(`合计,,,,,2,${own[0].amount},`)
      expect(text).not.toContain("畲穗")
      expect(csv.headers["content-disposition"]).toContain("attachment")
    })
  })
})
