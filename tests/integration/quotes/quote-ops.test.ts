/**
 * What happens around a quote (询价) besides pricing and accepting it: the
 * member who asked hears by SMS and e-mail when it is sent (and sent again),
 * and the day before it expires (once, the hourly job's pass with the clock
 * moved); a declined, cancelled or expired quote's cart is closed (a renewed
 * one gets it back and still places its order at the quoted price); a change
 * by the support team withdraws the pending approval of its acceptance, so
 * the approver cannot approve a price the unit never accepted.
 */
import { Modules } from "@medusajs/framework/utils"
import { WITHOUT_STRIPE } from "../../fixtures/bank-transfer"
import { shopSuite } from "../../fixtures/http"
import { backendRequire } from "../../fixtures/medusa"
import { startDeliveryStandIns } from "../../fixtures/notifications"
import { eventually } from "../../fixtures/orders"
import { fen, inDays, QUOTE_REQUEST_ENV, quotes, yuan } from "./fixtures"

const { processQuoteDeadlines } = backendRequire("src/workflows/quote/index.ts")

const standIns = await startDeliveryStandIns()
afterAll(() => standIns.close())
const { smsTo, mailsTo } = standIns

const HOUR = 3600_000

/** "2026年12月5日 18:00": an instant as the messages write it (China time). */
const chinaText = (iso: string) => {
  const china = new Date(new Date(iso).getTime() + 8 * HOUR)
  return `${china.getUTCFullYear()}年${china.getUTCMonth() + 1}月${china.getUTCDate()}日 ${china.toISOString().slice(11, 16)}`
}

shopSuite(
  { env: { ...WITHOUT_STRIPE, ...standIns.env }, requestEnv: QUOTE_REQUEST_ENV },
  (suite) => {
    const { storeCall, adminCall, unitWithApprover, requested, priced, orderOf } = quotes(suite)
    const container = () => suite.getContainer()

    const notices = async (quoteId: string, template: string) =>
      (await container()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: quoteId, template } as any)) as any[]

    /** The member's customer id, given a mobile. */
    const withMobile = async (member: { headers: Record<string, string> }, mobile: string) => {
      const me = await storeCall("GET", "/store/customers/me", member)
      const id = me.data.customer.id as string
      await container().resolve(Modules.CUSTOMER).updateCustomers(id, { phone: mobile })
      return id
    }

    /** The quote's own cart: open (readable) or closed (soft-deleted). */
    const quoteCart = async (quoteId: string) => {
      const record = await container().resolve<any>("quote").retrieveQuote(quoteId)
      const carts = container().resolve(Modules.CART)
      const [open] = await carts.listCarts({ id: record.cart_id }, { take: 1 })
      const [any] = await carts.listCarts({ id: record.cart_id }, { take: 1, withDeleted: true })
      return { id: record.cart_id as string, open: Boolean(open), exists: Boolean(any) }
    }

    it("tells the requester when sent and again after a change, reminds once the day before, expires and closes the cart; renewed, it still places its order", async () => {
      const a = await unitWithApprover(95)
      await withMobile(a.buyer, "13900139095")
      const { quote } = await requested(a.buyer, 2)
      const lowered = yuan(fen(quote.lines[0].list_price) - 10)
      const sent = await priced(quote, lowered, "6.00")

      const [sms] = await eventually(async () => {
        const found = smsTo("13900139095", "quote-sent")
        return found.length ? found : null
      })
      expect(sms.params).toEqual([sent.display_id, sent.total, chinaText(sent.valid_until)])
      expect(sms.text).toContain(`询价单${sent.display_id}已报价`)
      const [mail] = await eventually(async () => {
        const found = mailsTo("buyer95@unit-test.example.cn", /已报价/)
        return found.length ? found : null
      })
      expect(mail.subject).toBe(`【梅县消费帮扶商城】询价单 ${sent.display_id} 已报价`)
      expect(mail.text).toContain(`¥${Number(sent.total).toFixed(2)}`)
      expect(mail.text).toContain(chinaText(sent.valid_until))
      expect(mail.text).toContain(`/unit/quotes/${sent.id}`)
      await eventually(async () =>
        (await notices(sent.id, "quote-sent")).every((n) => n.status === "success")
      )
      expect(await notices(sent.id, "quote-sent")).toHaveLength(2)

      // a change and a new sending: told again, once more
      const changed = await adminCall("POST", `/admin/quotes/${sent.id}`, { shipping: "0" })
      expect(changed.data.quote.status).toBe("requested")
      const resent = await adminCall("POST", `/admin/quotes/${sent.id}/send`)
      expect(resent.status).toBe(200)
      await eventually(async () => smsTo("13900139095", "quote-sent").length === 2)
      await eventually(async () => (await notices(sent.id, "quote-sent")).length === 4)

      // the day before it expires: reminded once, by SMS and e-mail
      const until = new Date(resent.data.quote.valid_until).getTime()
      const far = await processQuoteDeadlines(container(), new Date(until - 48 * HOUR))
      expect(far.reminded).not.toContain(sent.id)
      const near = await processQuoteDeadlines(container(), new Date(until - 2 * HOUR))
      expect(near.reminded).toContain(sent.id)
      const again = await processQuoteDeadlines(container(), new Date(until - HOUR))
      expect(again.reminded).not.toContain(sent.id)
      expect(await notices(sent.id, "quote-expiring")).toHaveLength(2)
      const [reminder] = await eventually(async () => {
        const found = smsTo("13900139095", "quote-expiring")
        return found.length ? found : null
      })
      expect(reminder.params).toEqual([
        sent.display_id,
        resent.data.quote.total,
        chinaText(resent.data.quote.valid_until),
      ])
      expect(mailsTo("buyer95@unit-test.example.cn", /即将到期/)).toHaveLength(1)

      // past it: stored 已过期, the cart closed (no route reads or completes it), accepting refused
      expect((await quoteCart(sent.id)).open).toBe(true)
      const past = await processQuoteDeadlines(container(), new Date(until + 60_000))
      expect(past.expired).toContain(sent.id)
      const twice = await processQuoteDeadlines(container(), new Date(until + 120_000))
      expect(twice.expired).not.toContain(sent.id)
      const stored = await container().resolve<any>("quote").retrieveQuote(sent.id)
      expect(stored.status).toBe("expired")
      const cart = await quoteCart(sent.id)
      expect(cart).toMatchObject({ open: false, exists: true })
      const complete = await storeCall("POST", `/store/carts/${cart.id}/complete`, a.buyer, {})
      expect(complete.status).not.toBe(200)
      const read = await storeCall("GET", `/store/carts/${cart.id}`, a.buyer)
      expect(read.status).toBe(404)
      const refused = await storeCall("POST", `/store/units/me/quotes/${sent.id}/accept`, a.buyer)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("过期")

      // renewed by the support team: the cart is back, the order placed at the quoted price
      const renewed = await adminCall("POST", `/admin/quotes/${sent.id}`, {
        valid_until: inDays(2),
      })
      expect(renewed.status, JSON.stringify(renewed.data)).toBe(200)
      expect(renewed.data.quote.status).toBe("requested")
      expect((await quoteCart(sent.id)).open).toBe(true)
      expect((await adminCall("POST", `/admin/quotes/${sent.id}/send`)).status).toBe(200)
      const accepted = await storeCall("POST", `/store/units/me/quotes/${sent.id}/accept`, a.admin)
      expect(accepted.status, JSON.stringify(accepted.data)).toBe(200)
      const order = await orderOf(accepted.data.order_id)
      expect(fen(order.items[0].unit_price)).toBe(fen(lowered))
      expect(fen(order.total)).toBe(2 * fen(lowered))
    }, 300_000)

    it("closes the cart of a declined and of a cancelled quote, not the member's own cart", async () => {
      const b = await unitWithApprover(96)
      const first = await requested(b.buyer, 2)
      const declined = await storeCall(
        "POST",
        `/store/units/me/quotes/${first.quote.id}/decline`,
        b.buyer,
        { reason: "预算调整" }
      )
      expect(declined.status, JSON.stringify(declined.data)).toBe(200)
      expect(await quoteCart(first.quote.id)).toMatchObject({ open: false, exists: true })

      const second = await requested(b.buyer, 2)
      const sent = await priced(second.quote, "1.00")
      const cancelled = await adminCall("POST", `/admin/quotes/${sent.id}/cancel`)
      expect(cancelled.data.quote.status).toBe("cancelled")
      const cart = await quoteCart(sent.id)
      expect(cart).toMatchObject({ open: false, exists: true })
      expect((await storeCall("GET", `/store/carts/${cart.id}`, b.buyer)).status).toBe(404)
      // the member's own cart it was copied from is untouched
      expect((await storeCall("GET", `/store/carts/${second.cart.cartId}`, b.buyer)).status).toBe(
        200
      )
      // a cancelled quote cannot be renewed (its cart stays closed)
      const renew = await adminCall("POST", `/admin/quotes/${sent.id}`, { valid_until: inDays(2) })
      expect(renew.status).toBe(400)
      expect((await quoteCart(sent.id)).open).toBe(false)
    }, 300_000)

    it("a change while the acceptance waits for approval withdraws it (已撤回, 报价已变更); the new quote is accepted and approved again", async () => {
      const d = await unitWithApprover(97, { order_over: "1" })
      const { quote } = await requested(d.buyer, 3)
      const first = yuan(fen(quote.lines[0].list_price) - 20)
      const sent = await priced(quote, first, "0.00")
      const asked = await storeCall("POST", `/store/units/me/quotes/${sent.id}/accept`, d.buyer)
      expect(asked.status, JSON.stringify(asked.data)).toBe(200)
      const approvalId = asked.data.approval_id
      expect(approvalId).toBeTruthy()

      // the support team lowers the price again: the pending approval is withdrawn
      const second = yuan(fen(first) - 30)
      const changed = await adminCall("POST", `/admin/quotes/${sent.id}`, {
        lines: sent.lines.map((l: any) => ({ id: l.id, quoted_price: second })),
      })
      expect(changed.status, JSON.stringify(changed.data)).toBe(200)
      expect(changed.data.quote).toMatchObject({ status: "requested", approval_id: null })
      const withdrawn = await storeCall(
        "GET",
        `/store/units/me/approvals/${approvalId}`,
        d.approver
      )
      expect(withdrawn.data.approval).toMatchObject({
        kind: "quote",
        status: "withdrawn",
        reason: "报价已变更",
      })
      const pending = await storeCall("GET", "/store/units/me/approvals?status=pending", d.approver)
      expect(pending.data.approvals.map((x: any) => x.id)).not.toContain(approvalId)
      const adminView = await adminCall("GET", `/admin/unit-approvals?status=withdrawn`)
      expect(adminView.data.approvals.map((x: any) => x.id)).toContain(approvalId)
      // the approver can no longer approve or reject it
      const approve = await storeCall(
        "POST",
        `/store/units/me/approvals/${approvalId}/approve`,
        d.approver
      )
      expect(approve.status).toBe(400)
      expect(approve.data.message).toContain("撤回")
      const reject = await storeCall(
        "POST",
        `/store/units/me/approvals/${approvalId}/reject`,
        d.approver,
        { reason: "不需要" }
      )
      expect(reject.status).toBe(400)
      expect(
        (await storeCall("GET", `/store/units/me/quotes/${sent.id}`, d.buyer)).data.quote.order_id
      ).toBeNull()

      // sent again, the 采购员 accepts the new quote: a new approval, approved at the new price
      expect((await adminCall("POST", `/admin/quotes/${sent.id}/send`)).status).toBe(200)
      const again = await storeCall("POST", `/store/units/me/quotes/${sent.id}/accept`, d.buyer)
      expect(again.status, JSON.stringify(again.data)).toBe(200)
      const newApproval = again.data.approval_id
      expect(newApproval).toBeTruthy()
      expect(newApproval).not.toBe(approvalId)
      const approved = await storeCall(
        "POST",
        `/store/units/me/approvals/${newApproval}/approve`,
        d.approver
      )
      expect(approved.status, JSON.stringify(approved.data)).toBe(200)
      const [orderId] = approved.data.approval.order_ids
      const order = await orderOf(orderId)
      expect(fen(order.items[0].unit_price)).toBe(fen(second))
      expect(fen(order.total)).toBe(3 * fen(second))

      // cancelled while its acceptance waits: withdrawn with that reason
      const other = await requested(d.buyer, 2)
      const otherSent = await priced(other.quote, first, "0.00")
      const otherAsked = await storeCall(
        "POST",
        `/store/units/me/quotes/${otherSent.id}/accept`,
        d.buyer
      )
      const cancelled = await adminCall("POST", `/admin/quotes/${otherSent.id}/cancel`)
      expect(cancelled.status).toBe(200)
      const otherApproval = await storeCall(
        "GET",
        `/store/units/me/approvals/${otherAsked.data.approval_id}`,
        d.approver
      )
      expect(otherApproval.data.approval).toMatchObject({
        status: "withdrawn",
        reason: "询价单已取消",
      })
    }, 300_000)
  }
)
