/**
 * The payment deadline of 对公转账 orders: fixed when the order is placed
 * (BANK_TRANSFER_DEADLINE_DAYS, 5 here), shown with the transfer
 * instructions; the hourly job reminds the buyer once in the 24 hours before
 * it and cancels an order still unpaid after it, releasing its stock. The job's
 * pass takes the clock as a parameter, so the tests move it instead of waiting.
 */
import { shopSuite } from "../../fixtures/http"
import { Modules } from "@medusajs/framework/utils"
import { backendRequire, failure } from "../../fixtures/medusa"
import { payOrder, prepareCart } from "../../fixtures/orders"
import {
  BANK_TRANSFER,
  fen,
  placeTransferOrder,
  WITHOUT_STRIPE,
  yuan,
} from "../../fixtures/bank-transfer"

const HOUR = 3600_000

shopSuite(
  { env: { ...WITHOUT_STRIPE, BANK_TRANSFER_DEADLINE_DAYS: "5" } },
  ({ api, getContainer, admin, store }) => {
    const processDeadlines = (now: Date) =>
      backendRequire("src/workflows/bank-transfer/index.ts").processBankTransferDeadlines(
        getContainer(),
        now
      )
    const notices = async (orderId: string, template: string) =>
      (await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: orderId, template } as any)) as any[]
    const transferOf = async (orderId: string) =>
      (await api.get(`/admin/bank-transfer/payments?order_id=${orderId}`, admin)).data.payments[0]
    const orderOf = async (orderId: string) =>
      (
        await api.get(
          `/admin/orders/${orderId}?fields=id,status,payment_status,*items,*payment_collections.payments`,
          admin
        )
      ).data.order
    const reservationsOf = async (order: any) =>
      getContainer()
        .resolve(Modules.INVENTORY)
        .listReservationItems({ line_item_id: order.items.map((i: any) => i.id) })

    it("fixes the deadline when the order is placed and gives it with the transfer instructions", async () => {
      const { cartId, headers } = await prepareCart(api, getContainer(), store, {
        lines: [{ handle: "bingcun-soilless-cherry-tomato", quantity: 1 }],
      })
      const { data: collection } = await api.post(
        "/store/payment-collections",
        { cart_id: cartId },
        headers
      )
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: BANK_TRANSFER },
        headers
      )
      // not placed yet: no deadline
      const before = (await api.get(`/store/bank-transfer/instructions?cart_id=${cartId}`, headers))
        .data.bank_transfer
      expect(before).toMatchObject({ deadline_at: null, received_amount: "0.00" })

      const placedFrom = Date.now()
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      const order = (await orderOf(completed.order.id)) as any
      const [payment] = order.payment_collections[0].payments
      const deadline = new Date(payment.data.deadline_at).getTime()
      expect(deadline - new Date(payment.data.authorized_at).getTime()).toBe(5 * 24 * HOUR)
      expect(deadline).toBeGreaterThanOrEqual(placedFrom + 5 * 24 * HOUR - 1000)
      expect(deadline).toBeLessThanOrEqual(Date.now() + 5 * 24 * HOUR)

      // by the cart the buyer's browser holds (by order id only the buyer may read them)
      const after = (await api.get(`/store/bank-transfer/instructions?cart_id=${cartId}`, headers))
        .data.bank_transfer
      expect(after).toMatchObject({
        order_id: order.id,
        state: "awaiting_transfer",
        deadline_at: new Date(deadline).toISOString(),
        received_amount: "0.00",
        outstanding_amount: after.amount,
      })
      expect((await transferOf(order.id)).deadline_at).toBe(after.deadline_at)
    })

    it("reminds the buyer once, by SMS and e-mail, in the 24 hours before the deadline (two runs, two workers: one reminder)", async () => {
      const { order, payment } = await placeTransferOrder(api, getContainer(), store, admin, {
        mobile: "13900139000",
        email: "unit-buyer@example.cn",
      })
      const deadline = new Date(payment.data.deadline_at)

      // two days before: too early
      await processDeadlines(new Date(deadline.getTime() - 48 * HOUR))
      expect(await notices(order.id, "bank-transfer-reminder")).toEqual([])

      // 12 hours before: two workers at once, then the next hourly run
      const at = new Date(deadline.getTime() - 12 * HOUR)
      await Promise.all([processDeadlines(at), processDeadlines(at)])
      await processDeadlines(new Date(at.getTime() + HOUR))
      const sent = await notices(order.id, "bank-transfer-reminder")
      expect(sent.map((n) => `${n.channel} ${n.to} ${n.status}`).sort()).toEqual([
        "email unit-buyer@example.cn success",
        "sms 13900139000 success",
      ])

      // what the buyer reads: amount, deadline in China time, reference, account
      const { renderMessage } = backendRequire("src/modules/notification-outbox/templates.ts")
      const sms = renderMessage(
        "bank-transfer-reminder",
        sent.find((n) => n.channel === "sms").data
      ).text
      const china = new Date(deadline.getTime() + 8 * HOUR)
      const when = `${china.getUTCFullYear()}年${china.getUTCMonth() + 1}月${china.getUTCDate()}日 ${china.toISOString().slice(11, 16)}`
      expect(sms).toContain(`#${order.display_id}`)
      expect(sms).toContain(`请于 ${when} 前转账`)
      expect(sms).toContain(payment.data.reference)
      expect(sms).toContain("逾期未付订单将自动取消")

      const transfer = await transferOf(order.id)
      expect(transfer).toMatchObject({
        state: "awaiting_transfer",
        reminded_at: expect.any(String),
      })
      expect((await orderOf(order.id)).status).not.toBe("canceled")
    })

    it("cancels an order still unpaid after its deadline, releasing its stock, and tells the buyer once; paid and partly paid orders stay", async () => {
      const unpaid = await placeTransferOrder(api, getContainer(), store, admin, {
        mobile: "13700137000",
      })
      const paid = await placeTransferOrder(api, getContainer(), store, admin)
      const partly = await placeTransferOrder(api, getContainer(), store, admin)
      await payOrder(api, admin, paid.order.id)
      const part = yuan(Math.floor(fen(partly.order.total) / 3))
      await api.post(
        `/admin/bank-transfer/payments/${partly.payment.id}/receipts`,
        { amount: part, payer_name: "梅州市某单位" },
        admin
      )

      const reserved = await reservationsOf(unpaid.order)
      expect(reserved.length).toBe(unpaid.order.items.length)
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const levelOf = async () =>
        (
          await inventory.listInventoryLevels({
            inventory_item_id: reserved[0].inventory_item_id,
            location_id: reserved[0].location_id,
          })
        )[0]
      const reservedBefore = Number((await levelOf()).reserved_quantity)

      const lastDeadline = Math.max(
        ...[unpaid, paid, partly].map((o) => new Date(o.payment.data.deadline_at).getTime())
      )
      const late = new Date(lastDeadline + HOUR)
      await Promise.all([processDeadlines(late), processDeadlines(late)])
      await processDeadlines(new Date(late.getTime() + HOUR))

      const canceled = await orderOf(unpaid.order.id)
      expect(canceled.status).toBe("canceled")
      expect(canceled.payment_collections[0].payments[0].canceled_at).not.toBeNull()
      expect(await reservationsOf(unpaid.order)).toEqual([])
      expect(Number((await levelOf()).reserved_quantity)).toBe(
        reservedBefore - Number(reserved[0].quantity)
      )
      const told = await notices(unpaid.order.id, "bank-transfer-canceled")
      expect(told.map((n) => `${n.channel} ${n.to}`).sort()).toEqual([
        "email buyer@example.cn",
        "sms 13700137000",
      ])
      expect((await transferOf(unpaid.order.id)).state).toBe("canceled")
      const instructions = (
        await api.get(`/store/bank-transfer/instructions?cart_id=${unpaid.cartId}`, unpaid.headers)
      ).data.bank_transfer
      expect(instructions.state).toBe("canceled")
      // a receipt for it now is refused: the money must be paid back
      const refused = await failure(
        api.post(
          `/admin/bank-transfer/payments/${unpaid.payment.id}/receipts`,
          { amount: "1.00", payer_name: "迟到的转账" },
          admin
        )
      )
      expect(refused.status).toBe(400)

      for (const kept of [paid, partly]) {
        const order = await orderOf(kept.order.id)
        expect(order.status).not.toBe("canceled")
        expect((await reservationsOf(kept.order)).length).toBe(kept.order.items.length)
        expect(await notices(kept.order.id, "bank-transfer-canceled")).toEqual([])
      }
      expect((await orderOf(paid.order.id)).payment_status).toBe("captured")
      expect(await transferOf(partly.order.id)).toMatchObject({
        state: "awaiting_transfer",
        partially_received: true,
        received_amount: part,
      })
    })

    it("runs as an hourly scheduled job that leaves orders within their deadline alone", async () => {
      const job = backendRequire("src/jobs/bank-transfer-deadlines.ts")
      expect(job.config).toMatchObject({
        name: "bank-transfer-deadlines",
        schedule: expect.stringMatching(/^\d+ \* \* \* \*$/),
      })
      const fresh = await placeTransferOrder(api, getContainer(), store, admin)
      await job.default(getContainer())
      expect((await orderOf(fresh.order.id)).status).not.toBe("canceled")
      expect(await notices(fresh.order.id, "bank-transfer-reminder")).toEqual([])
    })
  }
)
