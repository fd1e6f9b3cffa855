/**
 * Approvals (审批) of a unit member's cart over HTTP: over the unit's amount
 * the cart is refused at completion until approved; requested and approved
 * it becomes an order once (approving twice places once); rejected it never
 * does and the reason is visible; only 审批人 and 管理员 decide; unit A sees
 * nothing of unit B's requests; the month's spending counts carts completed
 * in parallel (two at once that together pass the limit: exactly one goes
 * through).
 */
import { shopSuite } from "../../fixtures/http"
import { WITHOUT_STRIPE } from "../../fixtures/bank-transfer"
import { units } from "../../fixtures/units"
import { approvals } from "./fixtures"

const fen = (yuan: string) => Math.round(Number(yuan) * 100)
const yuan = (fen: number) => (fen / 100).toFixed(2)

shopSuite({ env: WITHOUT_STRIPE }, (suite) => {
  const { storeCall, adminCall, unitWithApprover, readyCart, complete, ordersOfCart } =
    approvals(suite)

  it("holds a cart over the amount, places it once when approved, never when rejected", async () => {
    const a = await unitWithApprover(81, { order_over: "1" })
    const b = await unitWithApprover(82, { order_over: "1" })

    // over ¥1: refused at completion, told to request approval
    const cart = await readyCart(a.buyer, 2)
    const refused = await complete(cart.cartId, a.buyer)
    expect(refused.status, JSON.stringify(refused.data)).toBe(400)
    expect(refused.data.message).toContain("审批")
    expect(await ordersOfCart(cart.cartId)).toBe(0)

    // the 采购员 requests; the amount and lines come from the server
    const requested = await storeCall("POST", "/store/units/me/approvals", a.buyer, {
      kind: "cart",
      cart_id: cart.cartId,
      message: "食堂本周用菜",
      amount: "0.01",
    })
    expect(requested.status, JSON.stringify(requested.data)).toBe(400) // no price in any body
    const request = await storeCall("POST", "/store/units/me/approvals", a.buyer, {
      kind: "cart",
      cart_id: cart.cartId,
      message: "食堂本周用菜",
    })
    expect(request.status, JSON.stringify(request.data)).toBe(201)
    const approval = request.data.approval
    expect(approval).toMatchObject({ status: "pending", kind: "cart", reasons: ["order_over"] })
    expect(fen(approval.amount)).toBe(fen(cart.total))
    expect(approval.lines[0].quantity).toBe(2)
    expect(approval.recipients[0].address).toContain("广州市")
    // the same cart twice: 400
    const again = await storeCall("POST", "/store/units/me/approvals", a.buyer, {
      kind: "cart",
      cart_id: cart.cartId,
    })
    expect(again.status).toBe(400)
    // another unit's member cannot request for it, nor see it
    const foreign = await storeCall("POST", "/store/units/me/approvals", b.buyer, {
      kind: "cart",
      cart_id: cart.cartId,
    })
    expect(foreign.status).toBe(404)
    for (const actor of [b.admin, b.approver, b.buyer]) {
      const r = await storeCall("GET", `/store/units/me/approvals/${approval.id}`, actor)
      expect(r.status).toBe(404)
      const approve = await storeCall(
        "POST",
        `/store/units/me/approvals/${approval.id}/approve`,
        actor
      )
      expect(approve.status).toBe(actor === b.buyer ? 403 : 404)
      const list = await storeCall("GET", "/store/units/me/approvals", actor)
      expect(JSON.stringify(list.data)).not.toContain(approval.id)
    }
    // the 采购员 and the 财务 cannot decide
    for (const actor of [a.buyer, a.finance]) {
      const r = await storeCall("POST", `/store/units/me/approvals/${approval.id}/approve`, actor)
      expect(r.status).toBe(403)
    }
    // the 审批人 sees it with the unit's spending this month
    const pending = await storeCall("GET", "/store/units/me/approvals?status=pending", a.approver)
    expect(pending.data.approvals.map((x: any) => x.id)).toEqual([approval.id])
    expect(pending.data.month_spent).toBe("0.00")

    // approved twice at once: one order
    const [first, second] = await Promise.all([
      storeCall("POST", `/store/units/me/approvals/${approval.id}/approve`, a.approver),
      storeCall("POST", `/store/units/me/approvals/${approval.id}/approve`, a.admin),
    ])
    expect(first.status, JSON.stringify(first.data)).toBe(200)
    expect(second.status, JSON.stringify(second.data)).toBe(200)
    expect(first.data.approval.status).toBe("placed")
    expect(first.data.approval.order_ids).toHaveLength(1)
    expect(second.data.approval.order_ids).toEqual(first.data.approval.order_ids)
    expect(await ordersOfCart(cart.cartId)).toBe(1)
    expect(fen(second.data.month_spent)).toBe(fen(cart.total))
    // the requester sees it placed; completing again answers the same order
    const mine = await storeCall("GET", `/store/units/me/approvals/${approval.id}`, a.buyer)
    expect(mine.data.approval.status).toBe("placed")
    const done = await complete(cart.cartId, a.buyer)
    expect(done.data.order?.id).toBe(first.data.approval.order_ids[0])

    // rejected: a reason is required, the cart never becomes an order
    const other = await readyCart(a.buyer, 1)
    const held = await storeCall("POST", "/store/units/me/approvals", a.buyer, {
      kind: "cart",
      cart_id: other.cartId,
    })
    expect(held.status).toBe(201)
    const id = held.data.approval.id
    const noReason = await storeCall("POST", `/store/units/me/approvals/${id}/reject`, a.approver, {
      reason: " ",
    })
    expect(noReason.status).toBe(400)
    const rejected = await storeCall("POST", `/store/units/me/approvals/${id}/reject`, a.approver, {
      reason: "本月预算已用完",
    })
    expect(rejected.status, JSON.stringify(rejected.data)).toBe(200)
    const seen = await storeCall("GET", `/store/units/me/approvals/${id}`, a.buyer)
    expect(seen.data.approval).toMatchObject({ status: "rejected", reason: "本月预算已用完" })
    const late = await storeCall("POST", `/store/units/me/approvals/${id}/approve`, a.approver)
    expect(late.status).toBe(400)
    expect((await complete(other.cartId, a.buyer)).status).toBe(400)
    expect(await ordersOfCart(other.cartId)).toBe(0)

    // the 财务 sees only their own requests (none); the support team sees both by unit
    const finance = await storeCall("GET", "/store/units/me/approvals", a.finance)
    expect(finance.data.approvals).toEqual([])
    const overview = await adminCall("GET", `/admin/unit-approvals?unit_id=${a.unit.id}`)
    expect(overview.status).toBe(200)
    expect(overview.data.approvals.map((x: any) => [x.status, x.unit_name])).toEqual([
      ["rejected", a.unit.name],
      ["placed", a.unit.name],
    ])
  })

  it("counts the month's spending under the unit's lock: of two carts at once that together pass the limit, exactly one goes through", async () => {
    const c = await unitWithApprover(83)
    const secondBuyer = c.admin
    const one = await readyCart(c.buyer, 1)
    const two = await readyCart(secondBuyer, 1)
    // each alone is under the limit; both together pass it
    const limit = fen(one.total) + fen(two.total) - 1
    const policy = await storeCall("POST", "/store/units/me/approval-policy", c.admin, {
      month_over: yuan(limit),
    })
    expect(policy.status, JSON.stringify(policy.data)).toBe(200)
    expect(policy.data.policy).toEqual({ order_over: null, month_over: yuan(limit) })

    const results = await Promise.all([
      complete(one.cartId, c.buyer),
      complete(two.cartId, secondBuyer),
    ])
    const placed = results.filter((r) => r.status === 200 && r.data.type === "order")
    const refused = results.filter((r) => r.status === 400)
    expect(results.map((r) => r.status).sort()).toEqual([200, 400])
    expect(placed).toHaveLength(1)
    expect(refused[0].data.message).toContain("本月累计")
    const spent = await storeCall("GET", "/store/units/me/approval-policy", c.finance)
    expect(fen(spent.data.month_spent)).toBe(fen(placed[0].data.order.total))
  })

  it("holds nothing before the unit is verified: an applicant unit's policy cannot stop its members' checkout", async () => {
    const { unitWithMembers } = units(suite)
    const pending = await unitWithMembers(85, { verify: false })
    const set = await storeCall("POST", "/store/units/me/approval-policy", pending.admin, {
      order_over: "0.01",
    })
    expect(set.status, JSON.stringify(set.data)).toBe(200)
    const cart = await readyCart(pending.buyer, 1)
    const placed = await complete(cart.cartId, pending.buyer)
    expect(placed.status, JSON.stringify(placed.data)).toBe(200)
    expect(placed.data.type).toBe("order")
    expect(await ordersOfCart(cart.cartId)).toBe(1)
  })

  it("validates the policy: amounts in yuan with two decimals at most; only the 管理员 sets it", async () => {
    const d = await unitWithApprover(84)
    for (const body of [
      { order_over: "-1" },
      { order_over: "1.234" },
      { month_over: "abc" },
      { x: 1 },
    ]) {
      const r = await storeCall("POST", "/store/units/me/approval-policy", d.admin, body)
      expect(r.status, JSON.stringify(body)).toBe(400)
    }
    for (const actor of [d.buyer, d.finance, d.approver]) {
      const r = await storeCall("POST", "/store/units/me/approval-policy", actor, {
        order_over: "5",
      })
      expect(r.status).toBe(403)
    }
    const set = await storeCall("POST", "/store/units/me/approval-policy", d.admin, {
      order_over: 1000.5,
      month_over: "20000",
    })
    expect(set.data.policy).toEqual({ order_over: "1000.50", month_over: "20000.00" })
    const cleared = await storeCall("POST", "/store/units/me/approval-policy", d.admin, {
      order_over: null,
    })
    expect(cleared.data.policy).toEqual({ order_over: null, month_over: "20000.00" })
    // under the policy: a request is refused as needless
    const cart = await readyCart(d.buyer, 1)
    const needless = await storeCall("POST", "/store/units/me/approvals", d.buyer, {
      kind: "cart",
      cart_id: cart.cartId,
    })
    expect(needless.status).toBe(400)
    expect(needless.data.message).toContain("直接下单")
  })
})
