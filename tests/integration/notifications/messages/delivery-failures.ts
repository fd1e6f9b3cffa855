/**
 * A failing SMS service never holds up an order: the order is placed, the
 * SMS is recorded failed with the service's error (each message its own when
 * the SMS and the e-mail fail together), shown to the support team
 * on 消息通知 (recipient and content masked, never a code), sent again by 重试
 * or by the retry job when due, at most five times automatically. Farm
 * accounts see none of it.
 */
import type { ShopSuite } from "../../../fixtures/http"
import { Modules } from "@medusajs/framework/utils"
import { demoFarmHeaders } from "../../../fixtures/farm"
import { backendRequire, failure } from "../../../fixtures/medusa"
import { eventually, placeOrder } from "../../../fixtures/orders"
import type { DeliveryStandIns } from "../../../fixtures/notifications"

const TOMATO = "bingcun-soilless-cherry-tomato"
const MINUTE = 60_000

export function deliveryFailureTests(
  { api, getContainer, admin, store }: ShopSuite,
  standIns: DeliveryStandIns
) {
  const { sms, smtp, smsTo } = standIns
  afterEach(() => {
    sms.failWith = null
    smtp.failWith = null
  })
  const deliveries = async (query = "") =>
    (await api.get(`/admin/notification-deliveries${query}`, admin)).data
  const failedSmsOf = (orderId: string) =>
    eventually(async () => {
      const { deliveries: rows } = await deliveries(`?status=failure&resource_id=${orderId}`)
      return rows.find((d: any) => d.channel === "sms" && d.last_error) ?? null
    })

  it("a failing SMS service leaves the order placed and the SMS failed, visible to the support team; 重试 sends it", async () => {
    sms.failWith = "FailedOperation.InsufficientBalanceInSmsPackage"
    const order = await placeOrder(api, getContainer(), store, {
      lines: [{ handle: TOMATO, quantity: 1 }],
      email: "failing-sms@example.cn",
    })
    expect(order.id).toMatch(/^order_/)
    const failed = await failedSmsOf(order.id)
    expect(failed).toMatchObject({
      channel: "sms",
      template: "order-placed",
      to: "*******8000",
      status: "failure",
      attempts: 1,
      resource_type: "order",
      resource_id: order.id,
    })
    expect(failed.last_error).toContain("FailedOperation.InsufficientBalanceInSmsPackage")
    expect(new Date(failed.next_attempt_at).getTime()).toBeGreaterThan(Date.now() + 4 * MINUTE)
    expect(failed.content).toContain("已提交")
    // the e-mail went out all the same
    await eventually(async () => {
      const { deliveries: mails } = await deliveries(`?resource_id=${order.id}&channel=email`)
      return mails.length === 1 && mails[0].status === "success"
    })
    const { data: placed } = await api.get(`/admin/orders/${order.id}?fields=id,status`, admin)
    expect(placed.order.status).toBe("pending")

    // still failing: 重试 answers failed, two attempts
    const again = await api.post(`/admin/notification-deliveries/${failed.id}/retry`, {}, admin)
    expect(again.data).toMatchObject({ outcome: "failed", delivery: { attempts: 2 } })

    sms.failWith = null
    const { data } = await api.post(`/admin/notification-deliveries/${failed.id}/retry`, {}, admin)
    expect(data).toMatchObject({
      outcome: "sent",
      delivery: { id: failed.id, status: "success", attempts: 3, last_error: null },
    })
    expect(smsTo("13800138000", "order-placed").length).toBeGreaterThanOrEqual(1)
    // sent: a second 重试 sends nothing more
    const twice = await api.post(`/admin/notification-deliveries/${failed.id}/retry`, {}, admin)
    expect(twice.data.outcome).toBe("already_sent")
  })

  it("when the SMS and the e-mail both fail, each records its own service's error", async () => {
    sms.failWith = "FailedOperation.PhoneNumberInBlacklist"
    smtp.failWith = "mailbox temporarily unavailable"
    const order = await placeOrder(api, getContainer(), store, {
      lines: [{ handle: TOMATO, quantity: 1 }],
      email: "both-failing@example.cn",
    })
    const failed = await eventually(async () => {
      const { deliveries: rows } = await deliveries(`?status=failure&resource_id=${order.id}`)
      return rows.length === 2 && rows.every((d: any) => d.last_error) ? rows : null
    })
    const smsRow = failed.find((d: any) => d.channel === "sms")
    const mailRow = failed.find((d: any) => d.channel === "email")
    expect(smsRow).toMatchObject({ template: "order-placed", attempts: 1 })
    expect(mailRow).toMatchObject({ template: "order-placed", attempts: 1 })
    expect(smsRow.last_error).toContain("FailedOperation.PhoneNumberInBlacklist")
    expect(smsRow.last_error).not.toContain("mailbox temporarily unavailable")
    expect(mailRow.last_error).toContain("mailbox temporarily unavailable")
    expect(mailRow.last_error).not.toContain("PhoneNumberInBlacklist")
  })

  it("the retry job sends a failed SMS when its attempt is due, with backoff, and gives up after five attempts", async () => {
    const { retryDueNotifications } = backendRequire("src/workflows/notifications/index.ts")
    sms.failWith = "InternalError.Timeout"
    const order = await placeOrder(api, getContainer(), store, {
      lines: [{ handle: TOMATO, quantity: 1 }],
      email: "retry-job@example.cn",
    })
    const failed = await failedSmsOf(order.id)
    const at = new Date(failed.last_attempt_at).getTime()
    // not due yet
    expect(await retryDueNotifications(getContainer(), new Date(at + 2 * MINUTE))).toEqual({})
    // due after 5, 15, 60, 240 minutes; still failing each time
    let now = at
    for (const [wait, attempts] of [
      [5, 2],
      [15, 3],
      [60, 4],
      [240, 5],
    ]) {
      now += wait * MINUTE + 1000
      expect(await retryDueNotifications(getContainer(), new Date(now))).toEqual({
        [failed.id]: "failed",
      })
      const { deliveries: rows } = await deliveries(`?status=failure&resource_id=${order.id}`)
      expect(rows.find((d: any) => d.id === failed.id).attempts).toBe(attempts)
    }
    // five attempts: no more automatic ones, the support team can still retry
    const { deliveries: rows } = await deliveries(`?status=failure&resource_id=${order.id}`)
    expect(rows.find((d: any) => d.id === failed.id).next_attempt_at).toBeNull()
    expect(await retryDueNotifications(getContainer(), new Date(now + 24 * 60 * MINUTE))).toEqual(
      {}
    )

    // a second order: the service recovers and the job's next pass sends it
    const second = await placeOrder(api, getContainer(), store, {
      lines: [{ handle: TOMATO, quantity: 1 }],
      email: "retry-job-2@example.cn",
    })
    const secondFailed = await failedSmsOf(second.id)
    sms.failWith = null
    const due = new Date(new Date(secondFailed.last_attempt_at).getTime() + 6 * MINUTE)
    expect(await retryDueNotifications(getContainer(), due)).toMatchObject({
      [secondFailed.id]: "sent",
    })
    const [row] = await getContainer()
      .resolve(Modules.NOTIFICATION)
      .listNotifications({ id: secondFailed.id } as any)
    expect(row.status).toBe("success")
  })

  it("the list never shows a one-time code or the recipient, and farm accounts are refused", async () => {
    await getContainer()
      .resolve(Modules.NOTIFICATION)
      .createNotifications({
        to: "13700137000",
        channel: "sms",
        template: "order-lookup-code",
        data: { code: "482913", minutes: 10 },
      })
    const body = await deliveries("?channel=sms")
    const text = JSON.stringify(body)
    expect(text).not.toContain("482913")
    expect(text).not.toContain("13700137000")
    const row = body.deliveries.find((d: any) => d.template === "order-lookup-code")
    expect(row).toMatchObject({ to: "*******7000", content: "订单查询验证码（内容不显示）" })
    // a field expansion or an unknown filter is refused, not obeyed
    expect(
      (await failure(api.get("/admin/notification-deliveries?fields=data", admin))).status
    ).toBe(400)
    // Medusa's own notification routes still show the feed only
    const feed = (await api.get("/admin/notifications?fields=*", admin)).data.notifications
    expect(feed.every((n: any) => n.channel === "feed")).toBe(true)

    const farm = await demoFarmHeaders(api)
    expect((await failure(api.get("/admin/notification-deliveries", farm))).status).toBe(403)
    expect(
      (await failure(api.post(`/admin/notification-deliveries/${row.id}/retry`, {}, farm))).status
    ).toBe(403)
    expect((await failure(api.get("/admin/notification-deliveries"))).status).toBe(401)
  })
}
