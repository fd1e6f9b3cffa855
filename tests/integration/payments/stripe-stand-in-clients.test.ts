/**
 * The Stripe stand-in, driven by the official `stripe` client (the version
 * @medusajs/payment-stripe uses): what the client sends and how it reads the
 * answers, statuses and errors, as against api.stripe.com: Stripe.js's confirm,
 * customers and signed webhooks.
 */
import type { StripeStandIn } from "../../fixtures/stripe"
import {
  startContractStandIn,
  Stripe,
  WEBHOOK_SECRET as SECRET,
} from "../../fixtures/stripe/contract"

let contract: Awaited<ReturnType<typeof startContractStandIn>>
let standIn: StripeStandIn
let stripe: any
let received: { body: string; signature: string }[]

beforeAll(async () => {
  contract = await startContractStandIn()
  ;({ standIn, stripe, received } = contract)
})

afterAll(() => contract.close())

describe("Stripe stand-in", () => {
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
