/**
 * The guest order lookup over HTTP: codes by SMS or e-mail, hashed, expiring,
 * one-time, a few attempts each, limited per contact and per client, with the
 * same answer whether orders exist or not; the lookup token opens only the
 * orders of its contact.
 */
import { WITHOUT_STRIPE } from "../../fixtures/bank-transfer"
import { shopSuite } from "../../fixtures/http"
import { failure } from "../../fixtures/medusa"
import { GUEST_EMAIL, GUEST_MOBILE, orderPrivacy } from "../../fixtures/order-privacy"

shopSuite({ env: WITHOUT_STRIPE }, (shop) => {
  const { api, store } = shop
  const {
    with_,
    token,
    access,
    guestOrder,
    requestCode,
    sentCodes,
    codeFor,
    lookupToken,
    notFound,
  } = orderPrivacy(shop)

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
