import BigNumber from "bignumber.js"
import { shopSuite } from "../../fixtures/http"
import { failure } from "../../fixtures/medusa"
import { BANK_TRANSFER, eventually, payOrder, placeOrder, syncLedger } from "../../fixtures/orders"

const TWO_TOWNS = [
  { handle: "bingcun-soilless-cherry-tomato", quantity: 1 },
  { handle: "shejiang-simiao-rice", quantity: 2 },
]

shopSuite(({ api, getContainer, admin, store }) => {
  /** Registers a customer through the store API and answers its bearer header. */
  const customer = async (email: string) => {
    const password = "secret-123456"
    const { data: registered } = await api.post("/auth/customer/emailpass/register", {
      email,
      password,
    })
    await api.post(
      "/store/customers",
      { email, first_name: "测试" },
      { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } }
    )
    const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
    return { authorization: `Bearer ${login.token}` }
  }

  const aidOf = (orderId: string, auth: Record<string, string>) =>
    api.get(`/store/customers/me/orders/${orderId}/aid`, {
      headers: { ...store.headers, ...auth },
    })

  it("answers the logged-in customer's own order by town, and 404 for another customer's order", async () => {
    const buyer = await customer("buyer-aid@example.cn")
    const other = await customer("other-aid@example.cn")
    const order = await placeOrder(api, getContainer(), store, {
      lines: TWO_TOWNS,
      email: "buyer-aid@example.cn",
      auth: buyer,
      provider_id: BANK_TRANSFER,
    })
    // a bank transfer not yet arrived has helped no town yet: its aid counts once paid
    await syncLedger(getContainer(), [order.id])
    const { data: unpaid } = await aidOf(order.id, buyer)
    expect(unpaid.aid).toMatchObject({
      order_id: order.id,
      paid: false,
      paid_at: null,
      total: "0.00",
      towns: [],
    })

    await payOrder(api, admin, order.id)
    const entries = await eventually(async () => {
      const { data } = await api.get(`/admin/aid/entries?order_id=${order.id}`, admin)
      return data.entries.length >= 2 && data.entries
    })

    const { data } = await eventually(async () => {
      const response = await aidOf(order.id, buyer)
      return response.data.aid.towns.length === 2 && response
    })
    expect(data.aid.order_id).toBe(order.id)
    expect(data.aid.currency_code).toBe("cny")
    expect(data.aid.paid).toBe(true)
    expect(data.aid.paid_at).toBeTruthy()
    expect(data.aid.towns.map((t: any) => t.name).sort()).toEqual(["丙村镇", "畲江镇"])
    const ledgerTotal = entries.reduce(
      (acc: BigNumber, e: any) => acc.plus(e.amount),
      new BigNumber(0)
    )
    expect(data.aid.total).toBe(ledgerTotal.toFixed(2))
    const sum = data.aid.towns.reduce(
      (acc: BigNumber, t: any) => acc.plus(t.amount),
      new BigNumber(0)
    )
    expect(sum.toFixed(2)).toBe(data.aid.total)
    const { data: placed } = await api.get(`/admin/orders/${order.id}?fields=item_total`, admin)
    expect(data.aid.total).toBe(new BigNumber(placed.order.item_total).toFixed(2))

    const foreign = await failure(aidOf(order.id, other))
    expect(foreign.status).toBe(404)
    const unknown = await failure(aidOf("order_does_not_exist", buyer))
    expect(unknown.status).toBe(404)
    const anonymous = await failure(api.get(`/store/customers/me/orders/${order.id}/aid`, store))
    expect(anonymous.status).toBe(401)
  })

  it("answers 404 for a guest order, even to a logged-in customer", async () => {
    const buyer = await customer("buyer-guest@example.cn")
    const guest = await placeOrder(api, getContainer(), store, { lines: TWO_TOWNS.slice(0, 1) })
    const response = await failure(aidOf(guest.id, buyer))
    expect(response.status).toBe(404)
  })
})
