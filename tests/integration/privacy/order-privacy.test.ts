/**
 * Order privacy over HTTP: a store order is read (and acted on) only by its
 * logged-in customer, by the browser that placed it (the order token from the
 * cart's completion) or by a guest who proved the order's contact with a
 * one-time code (the lookup token); anyone else gets 404, as for an unknown
 * id. Order transfers are refused. Guest lookup: codes by SMS or e-mail,
 * hashed, expiring, one-time, a few attempts each, limited per contact and
 * per client, with the same answer whether orders exist or not.
 */
import { shopSuite } from "../../fixtures/http"
import { Modules } from "@medusajs/framework/utils"
import { backendRequire, failure } from "../../fixtures/medusa"
import { eventually, placeOrderWithToken } from "../../fixtures/orders"

// only the shop's own payment providers (a developer's .env must not switch Stripe on here)

const BANK_TRANSFER = "pp_bank-transfer_bank-transfer"
const LINES = [{ handle: "bingcun-soilless-cherry-tomato", quantity: 1 }]
const GUEST_MOBILE = "13912345678"
const OTHER_MOBILE = "13787654321"
const GUEST_EMAIL = "guest-lookup@example.cn"
const { ORDER_ACCESS_MODULE } = backendRequire("src/modules/order-access/index.ts")

shopSuite({ env: { STRIPE_API_KEY: "" } }, ({ api, getContainer, store }) => {
  const with_ = (...extra: Record<string, string>[]) => ({
    headers: Object.assign({}, store.headers, ...extra),
  })
  const token = (value: string) => ({ "x-order-token": value })
  const access = () => getContainer().resolve(ORDER_ACCESS_MODULE) as any

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
      with_({ authorization: `Bearer ${registered.token}` })
    )
    const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
    return { authorization: `Bearer ${login.token}` }
  }

  /** An order placed as the storefront does: contact in the metadata, e-mail when the contact is one. */
  const guestOrder = (contact: string, provider_id = BANK_TRANSFER) => {
    const email = contact.includes("@") ? contact.toLowerCase() : null
    return placeOrderWithToken(api, getContainer(), store, {
      lines: LINES,
      email,
      provider_id,
      metadata: { contact, contact_kind: email ? "email" : "mobile" },
    })
  }

  const requestCode = (contact: unknown, client = "198.51.100.1") =>
    api.post("/store/order-lookup/codes", { contact }, with_({ "x-forwarded-for": client }))

  /** The code the Notification module sent to a contact (newest first). */
  const sentCodes = async (to: string) => {
    const notifications = await getContainer()
      .resolve(Modules.NOTIFICATION)
      .listNotifications(
        { to, template: "order-lookup-code" } as any,
        { order: { created_at: "DESC" } } as any
      )
    return notifications.map((n: any) => ({ code: String(n.data.code), channel: n.channel }))
  }

  const codeFor = async (contact: string, count: number) =>
    (
      await eventually(async () => {
        const codes = await sentCodes(contact)
        return codes.length >= count && codes
      })
    )[0]

  const lookupToken = async (contact: string, client?: string) => {
    const before = (await sentCodes(contact)).length
    await requestCode(contact, client)
    const { code } = await codeFor(contact, before + 1)
    const { data } = await api.post("/store/order-lookup/sessions", { contact, code }, store)
    return data.token as string
  }

  const notFound = async (request: Promise<unknown>, orderId: string) => {
    const answer = await failure(request)
    expect(answer.status, JSON.stringify(answer.data)).toBe(404)
    expect(answer.data.message).toBe(`Order with id: ${orderId} was not found`)
  }

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

  it("sends a guest a one-time code and answers the same for a contact without orders", async () => {
    await guestOrder(GUEST_MOBILE)
    const nobody = "13600000000"
    const unknown = await requestCode(nobody, "198.51.100.20")
    const known = await requestCode(
      ` ${GUEST_MOBILE.slice(0, 3)} ${GUEST_MOBILE.slice(3, 7)} ${GUEST_MOBILE.slice(7)} `,
      "198.51.100.20"
    )
    expect(known.status).toBe(unknown.status)
    const shape = (data: any) => ({ ...data, expires_at: typeof data.expires_at })
    expect(shape(known.data)).toEqual(shape(unknown.data))
    expect(known.data).toEqual({
      channel: "sms",
      expires_at: expect.any(String),
      message: expect.stringMatching(/If orders were placed/),
    })
    const minutes = (Date.parse(known.data.expires_at) - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(8)
    expect(minutes).toBeLessThanOrEqual(10)

    // the code goes out by SMS to the contact with orders only
    const { code, channel } = await codeFor(GUEST_MOBILE, 1)
    expect(code).toMatch(/^\d{6}$/)
    expect(channel).toBe("sms")
    expect(await sentCodes(nobody)).toEqual([])
    // only its hash is kept
    const [stored] = await access().listOrderLookupCodes({ contact: GUEST_MOBILE })
    expect(JSON.stringify(stored)).not.toContain(code)

    // e-mail contacts get it by e-mail (the contact is matched without regard to case)
    await guestOrder(GUEST_EMAIL, "pp_system_default")
    await requestCode("Guest-Lookup@Example.cn", "198.51.100.20")
    expect((await codeFor(GUEST_EMAIL, 1)).channel).toBe("email")

    // bad input: 400 with a clear message
    for (const contact of [
      "12345",
      "",
      { $ne: null },
      ["13912345678"],
      "x".repeat(300),
      "a\u0000b@c.cn",
      "buyer\u202e@example.cn",
    ]) {
      const refused = await failure(requestCode(contact))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/contact/)
    }
    const badCode = await failure(
      api.post("/store/order-lookup/sessions", { contact: GUEST_MOBILE, code: "12ab56" }, store)
    )
    expect(badCode.status).toBe(400)
    expect(badCode.data.message).toMatch(/6 digits/)
  })

  it("takes a code once, counts wrong codes, refuses expired and exhausted ones", async () => {
    const contact = "13511112222"
    await guestOrder(contact)
    const session = (code: string) =>
      api.post("/store/order-lookup/sessions", { contact, code }, store)
    const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0")

    await requestCode(contact, "198.51.100.30")
    const first = await codeFor(contact, 1)
    const miss = await failure(session(wrong(first.code)))
    expect(miss.status).toBe(400)
    expect(miss.data).toMatchObject({ code: "wrong_code", attempts_left: 4 })
    const opened = await session(first.code)
    expect(opened.data).toMatchObject({ token: expect.any(String), contact })
    const lasts = (Date.parse(opened.data.expires_at) - Date.now()) / 60_000
    expect(lasts).toBeGreaterThan(25)
    expect(lasts).toBeLessThanOrEqual(30)
    // used: the same code again is refused
    const reused = await failure(session(first.code))
    expect(reused.status).toBe(400)
    expect(reused.data).toMatchObject({
      code: "no_code",
      message: expect.stringMatching(/request a new one/),
    })

    // expired
    await requestCode(contact, "198.51.100.30")
    const second = await codeFor(contact, 2)
    const [open] = await access().listOrderLookupCodes(
      { contact, consumed_at: null },
      { order: { created_at: "DESC" } }
    )
    await access().updateOrderLookupCodes({
      id: open.id,
      expires_at: new Date(Date.now() - 1000),
    })
    expect((await failure(session(second.code))).data.code).toBe("no_code")

    // five wrong entries end a code: the right one is refused afterwards
    await requestCode(contact, "198.51.100.30")
    const third = await codeFor(contact, 3)
    for (let left = 4; left >= 1; left--) {
      expect((await failure(session(wrong(third.code)))).data).toMatchObject({
        code: "wrong_code",
        attempts_left: left,
      })
    }
    expect((await failure(session(wrong(third.code)))).data.code).toBe("no_code")
    expect((await failure(session(third.code))).data.code).toBe("no_code")
  })

  it("limits codes per contact and per client per hour, the same for contacts without orders", async () => {
    const withOrders = "13522223333"
    await guestOrder(withOrders)
    for (const contact of [withOrders, "13533334444"]) {
      for (let i = 0; i < 5; i++)
        expect((await requestCode(contact, `198.51.100.${40 + i}`)).status).toBe(200)
      const limited = await failure(requestCode(contact, "198.51.100.49"))
      expect(limited.status).toBe(429)
      expect(limited.data.message).toMatch(/Too many codes/)
      expect(Number(limited.data.retry_after)).toBeGreaterThan(3000)
    }
    // one client, many contacts: 20 an hour, then 429, while another client still gets codes
    const client = "203.0.113.7"
    for (let i = 0; i < 20; i++)
      expect((await requestCode(`client-${i}@example.cn`, client)).status).toBe(200)
    const limited = await failure(requestCode("client-20@example.cn", client))
    expect(limited.status).toBe(429)
    expect((await requestCode("client-20@example.cn", "203.0.113.8")).status).toBe(200)
  })

  it("lists and opens only the orders of the contact the lookup token was given for", async () => {
    const contact = "13544445555"
    const a = await guestOrder(contact)
    const b = await guestOrder(contact, "pp_system_default")
    const elsewhere = await guestOrder("13555556666")
    const lookup = await lookupToken(contact, "198.51.100.60")

    const { data } = await api.get("/store/order-lookup/orders", with_(token(lookup)))
    expect(data.contact).toBe(contact)
    expect(data.count).toBe(2)
    expect(data.orders.map((o: any) => o.id)).toEqual([b.order.id, a.order.id])
    expect(data.orders[0]).toMatchObject({
      display_id: b.order.display_id,
      currency_code: "cny",
      items: [expect.objectContaining({ quantity: 1 })],
    })
    expect(data.orders[0].email).toBeUndefined()
    expect(data.orders[0].shipping_address).toBeUndefined()

    // the lookup token opens the contact's orders and their instructions, not another's
    expect((await api.get(`/store/orders/${a.order.id}`, with_(token(lookup)))).data.order.id).toBe(
      a.order.id
    )
    expect(
      (
        await api.get(
          `/store/bank-transfer/instructions?order_id=${a.order.id}`,
          with_(token(lookup))
        )
      ).data.bank_transfer.order_id
    ).toBe(a.order.id)
    await notFound(
      api.get(`/store/orders/${elsewhere.order.id}`, with_(token(lookup))),
      elsewhere.order.id
    )

    // no token, an order token, an expired or tampered lookup token: 401
    const expired = access().issueLookupToken(contact, Date.now() - 31 * 60_000).token
    for (const value of [undefined, a.order_token.token, expired, `${lookup.slice(0, -3)}abc`]) {
      const refused = await failure(
        api.get("/store/order-lookup/orders", with_(value ? token(value) : {}))
      )
      expect(refused.status).toBe(401)
      expect(refused.data.message).toMatch(/x-order-token/)
    }
    expect(
      (await failure(api.get("/store/order-lookup/orders?limit=500", with_(token(lookup))))).status
    ).toBe(400)
  })
})
