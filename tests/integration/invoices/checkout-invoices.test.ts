/**
 * 开具发票 at checkout: the buyer's 抬头 is checked with the 发票 rules before
 * the order is placed (a bad credit code or a 专票 without its bank details is
 * a 400 in Chinese and nothing is written); the cart carries it, the order
 * keeps it, and the request is made by the server once the order is paid in
 * full, for what was paid, exactly once however often the events come; a
 * unit member's order's request is the unit's. Nobody else's cart takes one.
 */
import { backendRequire } from "../../fixtures/medusa"
import { shopSuite, type Headers } from "../../fixtures/http"
import { BANK_TRANSFER, eventually, payOrder, prepareCart } from "../../fixtures/orders"
import { badCheckDigit, creditCode, units } from "../../fixtures/units"
import { invoices, specialDetails } from "./invoice-fixtures"

const RICE = "shejiang-simiao-rice"
const asked = (extra: Record<string, unknown> = {}) => ({
  kind: "normal",
  title: "广州市天河区机关工会",
  tax_id: creditCode(778),
  email: "finance@tianhe-union.example.cn",
  ...extra,
})

shopSuite((suite) => {
  const { api, store, admin, getContainer } = suite
  const { customer, storeCall, unitWithMembers } = units(suite)
  const { call } = invoices(suite)
  const path = (cartId: string) => `/store/carts/${cartId}/invoice-request`
  const { createCheckoutInvoiceRequestWorkflow } = backendRequire("src/workflows/invoice/index.ts")

  /** A cart of `buyer` ready to complete (address, delivery), by 对公转账. */
  const cartOf = async (buyer: Headers) => {
    const { cartId, headers } = await prepareCart(api, getContainer(), store, {
      lines: [{ handle: RICE, quantity: 2 }],
      auth: buyer.headers,
    })
    return { cartId, headers }
  }

  /** Completes the cart (对公转账: the order is placed unpaid). */
  const complete = async ({ cartId, headers }: { cartId: string; headers: unknown }) => {
    const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
    const sessions = `/store/payment-collections/${data.payment_collection.id}/payment-sessions`
    await api.post(sessions, { provider_id: BANK_TRANSFER }, headers)
    const completed = (await api.post(`/store/carts/${cartId}/complete`, {}, headers)).data
    expect(completed.type).toBe("order")
    return completed.order as { id: string; total: number }
  }

  const requestsOf = async (orderId: string) =>
    (await api.get(`/admin/invoice-requests?order_id=${orderId}`, admin)).data
      .invoice_requests as any[]

  it("refuses a bad 抬头 before the order is placed; the paid order gets its request once, for what was paid", async () => {
    const buyer = await customer("checkout-invoice1@example.cn")
    const cart = await cartOf(buyer)

    // a credit code with a wrong check digit: Chinese, and nothing on the cart
    const bad = await call("POST", path(cart.cartId), buyer, {
      invoice_request: asked({ tax_id: badCheckDigit(creditCode(778)) }),
    })
    expect(bad.status).toBe(400)
    expect(bad.data.message).toContain("校验位")
    // a 专票 names what it lacks
    const special = await call("POST", path(cart.cartId), buyer, {
      invoice_request: asked({ kind: "special", bank_name: "中国农业银行梅县支行" }),
    })
    expect(special.status).toBe(400)
    expect(special.data.message).toContain("专票需要填写注册地址、注册电话、银行账号")
    // no amount at checkout: what the order pays is invoiced
    const amount = await call("POST", path(cart.cartId), buyer, {
      invoice_request: asked({ amount: "0.01" }),
    })
    expect(amount.status).toBe(400)
    // the key is the server's: Medusa's cart update cannot set it unchecked
    const sneaked = await call("POST", `/store/carts/${cart.cartId}`, buyer, {
      metadata: { invoice_request: asked({ tax_id: "123" }) },
    })
    expect(sneaked.status).toBe(400)
    // another customer's cart, or nobody signed in on a customer's cart: no such cart
    const other = await customer("checkout-invoice-other@example.cn")
    for (const auth of [other, undefined]) {
      const r = await call("POST", path(cart.cartId), auth, { invoice_request: asked() })
      expect(r.status).toBe(404)
    }
    const { data: unchanged } = await api.get(`/store/carts/${cart.cartId}?fields=metadata`, {
      headers: { ...store.headers, ...buyer.headers },
    })
    expect(unchanged.cart.metadata?.invoice_request ?? null).toBeNull()

    const ok = await call("POST", path(cart.cartId), buyer, {
      invoice_request: asked({ kind: "special", ...specialDetails }),
    })
    expect(ok.status, JSON.stringify(ok.data)).toBe(200)
    // the bank account is kept as digits
    expect(ok.data.invoice_request).toMatchObject({
      kind: "special",
      bank_account: "44250101040012345",
    })

    const order = await complete(cart)
    // the order keeps what the cart carried
    const { data: placed } = await api.get(`/admin/orders/${order.id}?fields=id,metadata`, admin)
    expect(placed.order.metadata.invoice_request).toMatchObject({ title: "广州市天河区机关工会" })
    // placed by 对公转账, not paid: no request yet (the events ran; running it again makes none)
    const early = await createCheckoutInvoiceRequestWorkflow(getContainer()).run({
      input: { order_id: order.id },
    })
    expect(early.result).toBeNull()
    expect(await requestsOf(order.id)).toEqual([])
    const { data: waiting } = await call("GET", `/store/orders/${order.id}/invoice-requests`, buyer)
    expect(waiting.invoice_requests).toEqual([])
    // the order page says what was asked for, kind and 抬头 only
    expect(waiting.checkout_invoice).toEqual({ kind: "special", title: "广州市天河区机关工会" })
    // a placed cart takes no more
    const late = await call("POST", path(cart.cartId), buyer, { invoice_request: asked() })
    expect(late.status).toBe(400)

    // the transfer arrives: the request is made for what was paid
    await payOrder(api, admin, order.id)
    const [made] = await eventually(async () => {
      const rows = await requestsOf(order.id)
      return rows.length ? rows : null
    })
    const { data: mine } = await call("GET", `/store/orders/${order.id}/invoice-requests`, buyer)
    expect(mine.invoice_requests).toHaveLength(1)
    expect(mine.invoice_requests[0]).toMatchObject({
      id: made.id,
      order_id: order.id,
      unit_id: null,
      kind: "special",
      title: "广州市天河区机关工会",
      tax_id: creditCode(778),
      bank_account: "44250101040012345",
      status: "pending",
      amount: mine.invoiceable.paid,
    })
    expect(mine.invoiceable.available).toBe("0.00")

    // the same events again (at least once delivery): still one
    const again = await createCheckoutInvoiceRequestWorkflow(getContainer()).run({
      input: { order_id: order.id },
    })
    expect(again.result).toBeNull()
    await Promise.all(
      [1, 2, 3].map(() =>
        createCheckoutInvoiceRequestWorkflow(getContainer()).run({ input: { order_id: order.id } })
      )
    )
    expect(await requestsOf(order.id)).toHaveLength(1)
  })

  it("an order without 开具发票, or whose 发票 was taken off before it was placed, gets none from checkout", async () => {
    const buyer = await customer("checkout-invoice2@example.cn")
    const plain = await complete(await cartOf(buyer))
    await payOrder(api, admin, plain.id)
    const cart = await cartOf(buyer)
    expect(
      (await call("POST", path(cart.cartId), buyer, { invoice_request: asked() })).status
    ).toBe(200)
    // changed her mind: null takes it off
    expect((await call("POST", path(cart.cartId), buyer, { invoice_request: null })).status).toBe(
      200
    )
    const none = await complete(cart)
    await payOrder(api, admin, none.id)
    for (const id of [plain.id, none.id]) {
      const { result } = await createCheckoutInvoiceRequestWorkflow(getContainer()).run({
        input: { order_id: id },
      })
      expect(result).toBeNull()
      expect(await requestsOf(id)).toEqual([])
      const { data } = await call("GET", `/store/orders/${id}/invoice-requests`, buyer)
      expect(data.checkout_invoice).toBeNull()
    }
  })

  it("a unit member's checkout 发票 is the unit's: its 财务 sees it, another unit does not", async () => {
    const a = await unitWithMembers(70)
    const b = await unitWithMembers(71)
    const cart = await cartOf(a.buyer)
    const body = { invoice_request: asked({ title: "梅县区测试单位70", tax_id: creditCode(70) }) }
    expect((await call("POST", path(cart.cartId), a.buyer, body)).status).toBe(200)
    const order = await complete(cart)
    await payOrder(api, admin, order.id)
    const [made] = await eventually(async () => {
      const rows = await requestsOf(order.id)
      return rows.length ? rows : null
    })
    expect(made).toMatchObject({ unit_id: a.unit.id, title: "梅县区测试单位70" })
    const own = await storeCall("GET", "/store/units/me/invoice-requests", a.finance)
    expect(own.data.invoice_requests.map((r: any) => r.id)).toContain(made.id)
    const theirs = await storeCall("GET", "/store/units/me/invoice-requests", b.finance)
    expect(JSON.stringify(theirs.data)).not.toContain(made.id)
  })
})
