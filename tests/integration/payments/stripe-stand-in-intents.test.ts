/**
 * The Stripe stand-in, driven by the official `stripe` client (the version
 * @medusajs/payment-stripe uses): what the client sends and how it reads the
 * answers, statuses and errors, as against api.stripe.com: Payment Intents, errors,
 * manual capture, keys and idempotency.
 */
import type { StripeStandIn } from "../../fixtures/stripe"
import { startContractStandIn } from "../../fixtures/stripe/contract"

let contract: Awaited<ReturnType<typeof startContractStandIn>>
let standIn: StripeStandIn
let stripe: any
let client: (key: string) => any

beforeAll(async () => {
  contract = await startContractStandIn()
  ;({ standIn, stripe, client } = contract)
})

afterAll(() => contract.close())

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
})
