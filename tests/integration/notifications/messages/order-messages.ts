/**
 * The buyer hears from the shop, by e-mail over SMTP and by SMS through
 * Tencent Cloud SMS (both against their stand-ins): the order placed by
 * 对公转账 with the transfer instructions, the money arrived, the parcel
 * shipped with its carrier and tracking number, a refund; each once.
 */
import type { ShopSuite } from "../../../fixtures/http"
import { Modules } from "@medusajs/framework/utils"
import { placeTransferOrder, fen, yuan } from "../../../fixtures/bank-transfer"
import { demoFarmHeaders } from "../../../fixtures/farm"
import { backendRequire } from "../../../fixtures/medusa"
import { eventually, payOrder, placeOrder, receiveTransfer } from "../../../fixtures/orders"
import type { DeliveryStandIns } from "../../../fixtures/notifications"

const TOMATO = "bingcun-soilless-cherry-tomato" // 东溪农业, the demo farm's

export function orderMessageTests(
  { api, getContainer, admin, store }: ShopSuite,
  standIns: DeliveryStandIns
) {
  const { smsTo, mailsTo } = standIns
  const notices = async (orderId: string, template: string) =>
    (await getContainer()
      .resolve(Modules.NOTIFICATION)
      .listNotifications({ resource_id: orderId, template } as any)) as any[]

  it("an order paid by 对公转账 sends the e-mail with the transfer instructions and the SMS; the money arriving sends 已到账, once", async () => {
    const { order, payment } = await placeTransferOrder(api, getContainer(), store, admin, {
      mobile: "13900139001",
      email: "union-buyer@example.cn",
    })
    const [mail] = await eventually(async () => {
      const found = mailsTo("union-buyer@example.cn", /已提交，请对公转账/)
      return found.length ? found : null
    })
    expect(mail.subject).toBe(`【梅县消费帮扶商城】订单 #${order.display_id} 已提交，请对公转账`)
    expect(mail.text).toContain(payment.data.reference)
    expect(mail.text).toContain(payment.data.payee.account_name)
    expect(mail.text).toContain(payment.data.payee.account_number)
    expect(mail.text).toContain(
      `¥${Number(payment.amount).toLocaleString("en-US", { minimumFractionDigits: 2 })}`
    )
    const china = new Date(new Date(payment.data.deadline_at).getTime() + 8 * 3600_000)
    const when = `${china.getUTCFullYear()}年${china.getUTCMonth() + 1}月${china.getUTCDate()}日 ${china.toISOString().slice(11, 16)}`
    expect(mail.text).toContain(`请于 ${when} 前对公转账`)
    expect(mail.html).toContain(payment.data.reference)

    const [sms] = await eventually(async () => {
      const found = smsTo("13900139001", "order-placed-transfer")
      return found.length ? found : null
    })
    expect(sms.params).toEqual([
      String(order.display_id),
      when,
      yuan(fen(payment.amount)),
      payment.data.reference,
    ])
    expect(sms.text).toMatch(/^【梅县消费帮扶商城】您的订单\d+已提交/)
    // Medusa marks each notification sent once its provider answered
    await eventually(async () =>
      (await notices(order.id, "order-placed-transfer")).every((n) => n.status === "success")
    )
    expect(await notices(order.id, "order-placed-transfer")).toHaveLength(2)

    // the money arrives in two parts: 已到账 once it is all there, once
    const due = fen(order.total)
    await receiveTransfer(api, admin, payment.id, yuan(Math.floor(due / 2)))
    await receiveTransfer(api, admin, payment.id, yuan(due - Math.floor(due / 2)))
    const [paidSms] = await eventually(async () => {
      const found = smsTo("13900139001", "order-paid")
      return found.length ? found : null
    })
    expect(paidSms.params).toEqual([String(order.display_id), yuan(due)])
    const [paidMail] = await eventually(async () => {
      const found = mailsTo("union-buyer@example.cn", /已到账/)
      return found.length ? found : null
    })
    expect(paidMail.text).toContain(`#${order.display_id}`)
    const sent = await eventually(async () => {
      const rows = await notices(order.id, "order-paid")
      return rows.length === 2 && rows.every((n) => n.status === "success") ? rows : null
    })
    expect(sent.map((n) => `${n.channel} ${n.status}`).sort()).toEqual([
      "email success",
      "sms success",
    ])
    // a second capture event for the same order sends nothing more
    const { noticePaymentCaptured } = backendRequire("src/workflows/notifications/index.ts")
    expect(await noticePaymentCaptured(getContainer(), payment.id)).toEqual([])
    expect(smsTo("13900139001", "order-paid")).toHaveLength(1)
  })

  it("a shipment with its tracking number sends 已发货, and a refund 已退款 with the amount", async () => {
    const order = await placeOrder(api, getContainer(), store, {
      lines: [{ handle: TOMATO, quantity: 2 }],
      email: "shipped-buyer@example.cn",
    })
    await payOrder(api, admin, order.id)
    const { data } = await api.get(
      `/admin/orders/${order.id}?fields=*items,*payment_collections.payments`,
      admin
    )
    const farm = await demoFarmHeaders(api)
    await api.post(
      "/admin/farm/shipments",
      {
        order_id: order.id,
        items: [{ id: data.order.items[0].id, quantity: 2 }],
        carrier: "顺丰速运",
        tracking_number: "SF1234567890",
      },
      farm
    )
    // the checkout's mobile is the shipping address's phone here
    const [shipped] = await eventually(async () => {
      const found = smsTo("13800138000", "order-shipped").filter(
        (s) => s.params[0] === String(data.order.display_id)
      )
      return found.length ? found : null
    })
    expect(shipped.params).toEqual([String(data.order.display_id), "顺丰速运", "SF1234567890"])
    const [shippedMail] = await eventually(async () => {
      const found = mailsTo("shipped-buyer@example.cn", /已发货/)
      return found.length ? found : null
    })
    expect(shippedMail.text).toContain("顺丰速运运单号 SF1234567890")

    const paymentId = data.order.payment_collections[0].payments[0].id
    await api.post(`/admin/payments/${paymentId}/refund`, { amount: 20.5 }, admin)
    const [refundMail] = await eventually(async () => {
      const found = mailsTo("shipped-buyer@example.cn", /已退款/)
      return found.length ? found : null
    })
    expect(refundMail.text).toContain("已退款 ¥20.50")
    const refundSms = await eventually(async () => {
      const found = smsTo("13800138000", "order-refunded").filter(
        (s) => s.params[0] === String(data.order.display_id)
      )
      return found.length ? found : null
    })
    expect(refundSms.map((s) => s.params)).toEqual([[String(data.order.display_id), "20.50"]])
  })

  it("the pre-sale reminder job tells the buyer once, the day before the ship date", async () => {
    const order = await placeOrder(api, getContainer(), store, {
      lines: [{ handle: TOMATO, quantity: 1 }],
      email: "presale-buyer@example.cn",
    })
    const { sendPresaleReminders, chinaTomorrow } = backendRequire(
      "src/workflows/notifications/index.ts"
    )
    // the order's own messages are out (the job runs on a settled shop)
    await eventually(async () => {
      const rows = await notices(order.id, "order-placed")
      return rows.length === 2 && rows.every((n) => n.status === "success")
    })
    const now = new Date()
    const products = getContainer().resolve(Modules.PRODUCT)
    const [tomato] = await products.listProducts({ handle: TOMATO })
    // nothing ships tomorrow yet
    expect(await sendPresaleReminders(getContainer(), now)).toEqual({})
    await products.updateProducts(tomato.id, {
      metadata: { ...tomato.metadata, presale_ships_from: chinaTomorrow(now) },
    })
    const runs = await Promise.all([
      sendPresaleReminders(getContainer(), now),
      sendPresaleReminders(getContainer(), now),
    ])
    expect(runs.flatMap((run: Record<string, string[]>) => Object.keys(run))).toContain(order.id)
    await sendPresaleReminders(getContainer(), now)
    const sent = await notices(order.id, "presale-ship-reminder")
    expect(sent.map((n) => `${n.channel} ${n.to} ${n.status}`).sort()).toEqual([
      "email presale-buyer@example.cn success",
      "sms 13800138000 success",
    ])
    const mails = mailsTo("presale-buyer@example.cn", /预售商品即将发货/)
    expect(mails).toHaveLength(1)
    expect(mails[0].text).toContain(tomato.title)
  })
}
