/**
 * Order privacy over HTTP: a store order is read (and acted on) only by its
 * logged-in customer, by the browser that placed it (the order token from the
 * cart's completion) or by a guest who proved the order's contact with a
 * one-time code (the lookup token); anyone else gets 404, as for an unknown
 * id. Order transfers are refused.
 */
import { WITHOUT_STRIPE } from "../../fixtures/bank-transfer"
import { shopSuite } from "../../fixtures/http"
import { Modules } from "@medusajs/framework/utils"
import { failure } from "../../fixtures/medusa"
import { placeOrderWithToken } from "../../fixtures/orders"
import {
  BANK_TRANSFER,
  GUEST_MOBILE,
  LINES,
  OTHER_MOBILE,
  orderPrivacy,
} from "../../fixtures/order-privacy"

shopSuite({ env: WITHOUT_STRIPE }, (shop) => {
  const { api, getContainer, store } = shop
  const { with_, token, access, customer, guestOrder, notFound } = orderPrivacy(shop)

  it("lets only the owner, the placing browser and valid tokens read an order and its transfer instructions", async () => {
    const owner = await customer("owner-privacy@example.cn")
    const other = await customer("other-privacy@example.cn")
    const mine = await placeOrderWithToken(api, getContainer(), store, {
      lines: LINES,
      email: "owner-privacy@example.cn",
      auth: owner,
      provider_id: BANK_TRANSFER,
    })
    const guest = await guestOrder(GUEST_MOBILE)
    expect(guest.order_token.token).toEqual(expect.any(String))
    expect(Date.parse(guest.order_token.expires_at)).toBeGreaterThan(
      Date.now() + 29 * 24 * 3600_000
    )

    const read = (id: string, ...extra: Record<string, string>[]) =>
      api.get(`/store/orders/${id}`, with_(...extra))
    const expanded = (id: string, ...extra: Record<string, string>[]) =>
      api.get(
        `/store/orders/${id}?fields=*customer,email,*shipping_address,*billing_address`,
        with_(...extra)
      )
    const instructions = (id: string, ...extra: Record<string, string>[]) =>
      api.get(`/store/bank-transfer/instructions?order_id=${id}`, with_(...extra))

    // a stranger with the ids: nothing, also through fields=, exactly as for an id that does not exist
    for (const id of [mine.order.id, guest.order.id]) {
      await notFound(read(id), id)
      await notFound(expanded(id), id)
      await notFound(instructions(id), id)
      // in any letter case: Express's routing ignores it, so the order's routes are reached
      for (const path of [
        `/store/ORDERS/${id}`,
        `/Store/Orders/${id}?fields=*shipping_address`,
        `/STORE/ORDERS/${id}/invoice-requests`,
        `/store/Orders/${id}/payment-notice`,
      ])
        await notFound(api.get(path, with_(other)), id)
    }
    await notFound(read("order_01JZZZZZZZZZZZZZZZZZZZZZZZ"), "order_01JZZZZZZZZZZZZZZZZZZZZZZZ")
    // a logged-in customer naming no real order; a control character in the id is refused
    // by the input guard before any route runs (it never reaches the database)
    expect((await failure(api.get("/store/orders/order_%00x", with_(other)))).status).toBe(400)
    // another logged-in customer
    await notFound(read(mine.order.id, other), mine.order.id)
    await notFound(expanded(mine.order.id, other), mine.order.id)
    await notFound(instructions(mine.order.id, other), mine.order.id)

    // the owner, logged in
    const own = (await expanded(mine.order.id, owner)).data.order
    expect(own).toMatchObject({
      id: mine.order.id,
      email: "owner-privacy@example.cn",
      shipping_address: { phone: "13800138000" },
    })
    expect((await instructions(mine.order.id, owner)).data.bank_transfer).toMatchObject({
      order_id: mine.order.id,
    })
    // the placing browser of each order, with its token (the owner's browser too)
    expect((await read(mine.order.id, token(mine.order_token.token))).data.order.id).toBe(
      mine.order.id
    )
    const placed = (await expanded(guest.order.id, token(guest.order_token.token))).data.order
    expect(placed).toMatchObject({
      id: guest.order.id,
      shipping_address: { city: "广州市", phone: "13800138000" },
    })
    expect(
      (await instructions(guest.order.id, token(guest.order_token.token))).data.bank_transfer
    ).toMatchObject({
      order_id: guest.order.id,
      state: "awaiting_transfer",
    })

    // a token for another order, an expired one, a tampered one, a lookup token of another contact
    await notFound(read(mine.order.id, token(guest.order_token.token)), mine.order.id)
    await notFound(instructions(mine.order.id, token(guest.order_token.token)), mine.order.id)
    const expired = access().issueOrderToken(guest.order.id, Date.now() - 31 * 24 * 3600_000).token
    await notFound(read(guest.order.id, token(expired)), guest.order.id)
    await notFound(instructions(guest.order.id, token(expired)), guest.order.id)
    const [header, payload, signature] = guest.order_token.token.split(".")
    const flipped = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith("AA") ? "BB" : "AA"}`
    await notFound(read(guest.order.id, token(flipped)), guest.order.id)
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString())
    const renamed = Buffer.from(JSON.stringify({ ...claims, sub: mine.order.id })).toString(
      "base64url"
    )
    await notFound(read(mine.order.id, token(`${header}.${renamed}.${signature}`)), mine.order.id)
    const unsigned = `${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${renamed}.`
    await notFound(read(mine.order.id, token(unsigned)), mine.order.id)
    const otherContact = access().issueLookupToken(OTHER_MOBILE).token
    await notFound(read(guest.order.id, token(otherContact)), guest.order.id)

    // the cart's completion, repeated (e.g. after a payment webhook completed it), gives the placing browser a token again
    const { data: again } = await api.post(`/store/carts/${guest.cartId}/complete`, {}, store)
    expect(again.type).toBe("order")
    expect(again.order.id).toBe(guest.order.id)
    expect((await read(guest.order.id, token(again.order_token.token))).data.order.id).toBe(
      guest.order.id
    )
  })

  it("guards the other store routes that act on an order: returns and the order's payment collection", async () => {
    const guest = await guestOrder(GUEST_MOBILE)
    const ret = (...extra: Record<string, string>[]) =>
      api.post(
        "/store/returns",
        {
          order_id: guest.order.id,
          items: [{ id: "ordli_nope", quantity: 1 }],
          return_shipping: { option_id: "so_nope" },
        },
        with_(...extra)
      )
    await notFound(ret(), guest.order.id)
    // the placing browser passes the guard (Medusa then refuses the made-up return itself)
    const own = await failure(ret(token(guest.order_token.token)))
    expect(own.data.message).not.toBe(`Order with id: ${guest.order.id} was not found`)

    const { data } = await api.get(
      `/store/orders/${guest.order.id}?fields=id,payment_collections.id`,
      with_(token(guest.order_token.token))
    )
    const collectionId = data.order.payment_collections[0].id
    const session = (...extra: Record<string, string>[]) =>
      api.post(
        `/store/payment-collections/${collectionId}/payment-sessions`,
        { provider_id: BANK_TRANSFER },
        with_(...extra)
      )
    await notFound(session(), guest.order.id)
    await notFound(session(await customer("stranger-collection@example.cn")), guest.order.id)
  })

  it("refuses every order transfer route with 403, so nobody can lock another's order", async () => {
    const owner = await customer("owner-transfer@example.cn")
    const thief = await customer("thief-transfer@example.cn")
    const { order, order_token } = await placeOrderWithToken(api, getContainer(), store, {
      lines: LINES,
      email: "owner-transfer@example.cn",
      auth: owner,
    })
    const attempts: [string, Record<string, unknown>, Record<string, string>][] = [
      ["request", { description: "mine now" }, thief],
      ["request", {}, owner],
      ["request", {}, {}],
      ["cancel", {}, thief],
      ["cancel", {}, owner],
      ["accept", { token: "anything" }, {}],
      ["decline", { token: "anything" }, thief],
      ["accept", { token: "anything" }, token(order_token.token)],
    ]
    for (const [action, body, extra] of attempts) {
      const refused = await failure(
        api.post(`/store/orders/${order.id}/transfer/${action}`, body, with_(extra))
      )
      expect([action, refused.status]).toEqual([action, 403])
      expect(refused.data.message).toMatch(/Order transfers are not offered/)
    }
    // in any letter case too
    const shouted = await failure(
      api.post(`/store/ORDERS/${order.id}/Transfer/request`, {}, with_(thief))
    )
    expect(shouted.status).toBe(403)
    // the same answer for an id that does not exist: nothing is confirmed
    const unknown = await failure(
      api.post("/store/orders/order_nope/transfer/request", {}, with_(thief))
    )
    expect(unknown.status).toBe(403)
    // and no transfer was ever started on the order
    const changes = await getContainer()
      .resolve(Modules.ORDER)
      .listOrderChanges({ order_id: order.id } as any)
    expect(changes.filter((c: any) => c.change_type === "transfer")).toEqual([])
  })
})
