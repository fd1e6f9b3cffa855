/**
 * The Stripe stand-in, driven by the official `stripe` client (the version
 * @medusajs/payment-stripe uses): what the client sends and how it reads the
 * answers, statuses and errors, as against api.stripe.com.
 */
import {
  startStripeStandIn,
  stripeLibrary,
  type StripeStandIn,
} from "../../fixtures/stripe-stand-in"

const Stripe = stripeLibrary()
const SECRET = "whsec_stand_in_contract"

let standIn: StripeStandIn
let stripe: any
let received: { body: string; signature: string }[]
let hook: import("node:http").Server

beforeAll(async () => {
  const http = await import("node:http")
  received = []
  hook = http.createServer((req, res) => {
    let body = ""
    req.on("data", (c) => (body += c))
    req.on("end", () => {
      received.push({ body, signature: String(req.headers["stripe-signature"]) })
      res.end("ok")
    })
  })
  await new Promise<void>((r) => hook.listen(0, "127.0.0.1", r))
  const port = (hook.address() as any).port
  standIn = await startStripeStandIn({
    webhook: { url: `http://127.0.0.1:${port}/`, secret: SECRET, autoDeliver: true },
  })
  const url = new URL(standIn.url)
  stripe = new Stripe(standIn.secretKey, {
    host: url.hostname,
    port: Number(url.port),
    protocol: "http",
  })
})

afterAll(async () => {
  await standIn.close()
  await new Promise((r) => hook.close(r))
})

const client = (key: string) => {
  const url = new URL(standIn.url)
  return new Stripe(key, { host: url.hostname, port: Number(url.port), protocol: "http" })
}

describe("Stripe stand-in", () => {
  it("walks a PaymentIntent requires_payment_method → requires_confirmation → succeeded, amounts in fen", async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 12_345,
      currency: "cny",
      metadata: { session_id: "payses_1" },
      automatic_payment_methods: { enabled: true },
      capture_method: "automatic",
    })
    expect(intent).toMatchObject({
      object: "payment_intent",
      amount: 12_345,
      currency: "cny",
      status: "requires_payment_method",
      metadata: { session_id: "payses_1" },
      payment_method_types: ["card", "alipay", "wechat_pay"],
    })
    expect(standIn.requests.at(-1)!.params).toMatchObject({
      amount: "12345",
      metadata: { session_id: "payses_1" },
    })

    const updated = await stripe.paymentIntents.update(intent.id, {
      amount: 20_000,
      payment_method: "pm_card_visa",
    })
    expect(updated).toMatchObject({ amount: 20_000, status: "requires_confirmation" })
    const confirmed = await stripe.paymentIntents.confirm(intent.id, { expand: ["payment_method"] })
    expect(confirmed).toMatchObject({
      status: "succeeded",
      amount_received: 20_000,
      payment_method: { type: "card", card: { last4: "4242" } },
    })
    const retrieved = await stripe.paymentIntents.retrieve(intent.id)
    expect(typeof retrieved.payment_method).toBe("string")
    expect((await stripe.paymentMethods.retrieve(retrieved.payment_method)).card.brand).toBe("visa")

    const refund = await stripe.refunds.create({ payment_intent: intent.id, amount: 5_000 })
    expect(refund).toMatchObject({ object: "refund", amount: 5_000, status: "succeeded" })
    await expect(
      stripe.refunds.create({ payment_intent: intent.id, amount: 15_001 })
    ).rejects.toMatchObject({ code: "amount_too_large" })
    await stripe.refunds.create({ payment_intent: intent.id })
    await expect(stripe.refunds.create({ payment_intent: intent.id })).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      code: "charge_already_refunded",
    })
  })

  it("answers a declined card with a 402 card_error the client raises as StripeCardError", async () => {
    const error = await stripe.paymentIntents
      .create({
        amount: 990,
        currency: "cny",
        payment_method: "pm_card_chargeDeclined",
        confirm: true,
      })
      .catch((e: any) => e)
    expect(error.type).toBe("StripeCardError")
    expect(error.statusCode).toBe(402)
    expect(error.raw).toMatchObject({
      type: "card_error",
      code: "card_declined",
      decline_code: "generic_decline",
      message: "Your card was declined.",
      payment_intent: {
        status: "requires_payment_method",
        last_payment_error: { decline_code: "generic_decline" },
      },
    })
  })

  it("holds a manual capture in requires_capture until captured; cancels only what Stripe lets cancel", async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 800,
      currency: "cny",
      capture_method: "manual",
    })
    const held = await stripe.paymentIntents.confirm(intent.id, {
      payment_method: "pm_card_mastercard",
    })
    expect(held).toMatchObject({
      status: "requires_capture",
      amount_capturable: 800,
      amount_received: 0,
    })
    expect(await stripe.paymentIntents.capture(intent.id)).toMatchObject({
      status: "succeeded",
      amount_received: 800,
    })
    await expect(stripe.paymentIntents.cancel(intent.id)).rejects.toMatchObject({
      code: "payment_intent_unexpected_state",
      raw: { payment_intent: { status: "succeeded" } },
    })
    const other = await stripe.paymentIntents.create({ amount: 800, currency: "cny" })
    expect(await stripe.paymentIntents.cancel(other.id)).toMatchObject({ status: "canceled" })
    await expect(
      stripe.paymentIntents.confirm(other.id, { payment_method: "pm_card_visa" })
    ).rejects.toMatchObject({
      code: "payment_intent_unexpected_state",
    })
  })

  it("refuses bad keys and bad parameters the way Stripe does, and replays idempotent requests", async () => {
    await expect(
      client("sk_test_wrong").paymentIntents.create({ amount: 100, currency: "cny" })
    ).rejects.toMatchObject({
      type: "StripeAuthenticationError",
      statusCode: 401,
    })
    // a publishable key may only read or confirm an intent with its client secret
    await expect(
      client(standIn.publishableKey).paymentIntents.create({ amount: 100, currency: "cny" })
    ).rejects.toMatchObject({
      statusCode: 401,
    })
    await expect(
      stripe.paymentIntents.create({ amount: "12.5", currency: "cny" })
    ).rejects.toMatchObject({
      code: "parameter_invalid_integer",
      param: "amount",
    })
    await expect(stripe.paymentIntents.retrieve("pi_missing")).rejects.toMatchObject({
      statusCode: 404,
      code: "resource_missing",
    })

    const first = await stripe.paymentIntents.create(
      { amount: 300, currency: "cny" },
      { idempotencyKey: "key-1" }
    )
    const again = await stripe.paymentIntents.create(
      { amount: 300, currency: "cny" },
      { idempotencyKey: "key-1" }
    )
    expect(again.id).toBe(first.id)
    await expect(
      stripe.paymentIntents.create({ amount: 301, currency: "cny" }, { idempotencyKey: "key-1" })
    ).rejects.toMatchObject({ type: "StripeIdempotencyError" })
  })

  it("takes Stripe.js's confirm: publishable key and client secret in the form body, the card as payment_method_data", async () => {
    const confirmAs = (
      intent: { id: string },
      fields: Record<string, string>,
      headers: Record<string, string> = {}
    ) =>
      fetch(`${standIn.url}/v1/payment_intents/${intent.id}/confirm`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
        body: new URLSearchParams({ key: standIn.publishableKey, ...fields }),
      }).then(async (r) => ({
        status: r.status,
        headers: r.headers,
        body: (await r.json()) as any,
      }))
    const card = (number: string) => ({
      "payment_method_data[type]": "card",
      "payment_method_data[card][number]": number,
      "payment_method_data[card][exp_month]": "12",
      "payment_method_data[card][exp_year]": "34",
      "payment_method_data[card][cvc]": "123",
    })
    const intent = await stripe.paymentIntents.create({
      amount: 4_560,
      currency: "cny",
      automatic_payment_methods: { enabled: true },
    })

    // a wrong client secret is refused with Stripe's error, and changes nothing
    const wrong = await confirmAs(intent, {
      client_secret: `${intent.id}_secret_wrong`,
      ...card("4242424242424242"),
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.error).toMatchObject({
      type: "invalid_request_error",
      code: "payment_intent_invalid_parameter",
      param: "client_secret",
      message: expect.stringMatching(/client_secret provided does not match/),
    })
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe("requires_payment_method")
    // the publishable key alone cannot do what a secret key does
    const listed = await fetch(`${standIn.url}/v1/customers?key=${standIn.publishableKey}`, {
      method: "POST",
    })
    expect(listed.status).toBe(401)

    // 4000 0000 0000 0002 is declined: in Chinese for a zh browser (CORS answered for the shop's origin), else in English
    const declinedZh = await confirmAs(
      intent,
      { client_secret: intent.client_secret, ...card("4000000000000002") },
      { "accept-language": "zh" }
    )
    expect(declinedZh.status).toBe(402)
    expect(declinedZh.headers.get("access-control-allow-origin")).toBe("*")
    expect(declinedZh.body.error).toMatchObject({
      type: "card_error",
      code: "card_declined",
      decline_code: "generic_decline",
      message: "您的银行卡被拒绝。",
      payment_method: { card: { last4: "0002" } },
    })
    const declinedEn = await confirmAs(intent, {
      client_secret: intent.client_secret,
      ...card("4000000000000002"),
    })
    expect(declinedEn.body.error.message).toBe("Your card was declined.")
    // a number failing the Luhn check, and a real card in test mode, are refused too
    expect(
      (
        await confirmAs(intent, {
          client_secret: intent.client_secret,
          ...card("4242424242424241"),
        })
      ).body.error
    ).toMatchObject({
      type: "card_error",
      code: "incorrect_number",
    })
    expect(
      (
        await confirmAs(intent, {
          client_secret: intent.client_secret,
          ...card("4012888888881881"),
        })
      ).body.error
    ).toMatchObject({
      code: "card_declined",
      decline_code: "test_mode_live_card",
    })

    // 4242 4242 4242 4242 succeeds on the same intent
    const paid = await confirmAs(intent, {
      client_secret: intent.client_secret,
      ...card("4242 4242 4242 4242"),
    })
    expect(paid.status).toBe(200)
    expect(paid.body).toMatchObject({ id: intent.id, status: "succeeded", amount_received: 4_560 })
    const method = await stripe.paymentMethods.retrieve(paid.body.payment_method)
    expect(method.card).toMatchObject({
      brand: "visa",
      last4: "4242",
      exp_month: 12,
      exp_year: 2034,
    })
    expect(
      standIn.requests
        .filter((r) => r.path === `/v1/payment_intents/${intent.id}/confirm`)
        .every((r) => r.key === "publishable")
    ).toBe(true)
  })

  it("creates, updates and deletes customers", async () => {
    const customer = await stripe.customers.create({
      email: "buyer@example.cn",
      name: "李明",
      phone: "13800138000",
    })
    expect(customer).toMatchObject({ object: "customer", email: "buyer@example.cn" })
    expect((await stripe.customers.update(customer.id, { name: "李明明" })).name).toBe("李明明")
    expect((await stripe.customers.listPaymentMethods(customer.id)).data).toEqual([])
    expect(await stripe.customers.del(customer.id)).toMatchObject({ deleted: true })
  })

  it("signs the webhooks it sends so that stripe.webhooks.constructEvent accepts them, and only them", async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 500,
      currency: "cny",
      payment_method: "pm_card_visa",
      confirm: true,
    })
    const delivery = await (async () => {
      for (let i = 0; i < 50; i++) {
        const found = received.find(
          (r) =>
            JSON.parse(r.body).type === "payment_intent.succeeded" &&
            JSON.parse(r.body).data.object.id === intent.id
        )
        if (found) return found
        await new Promise((r) => setTimeout(r, 50))
      }
      throw new Error("no webhook delivered")
    })()
    const event = Stripe.webhooks.constructEvent(delivery.body, delivery.signature, SECRET)
    expect(event).toMatchObject({
      type: "payment_intent.succeeded",
      data: { object: { id: intent.id, amount_received: 500 } },
    })
    expect(() =>
      Stripe.webhooks.constructEvent(delivery.body, delivery.signature, "whsec_other")
    ).toThrow(/signature/i)
  })
})
