import { describe, expect, it } from "vitest"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { queuePaymentWebhook } from "../../backend/src/api/hooks/queue-payment-webhook"
import { paymentConfig, webhookDelayMs } from "../../config/payments"

const URLS = { storefrontUrl: "http://localhost:8000", backendUrl: "http://localhost:9000" }

describe("the payment webhook delay (PAYMENT_WEBHOOK_DELAY_MS)", () => {
  it("keeps Medusa's 5 s when unset, and takes a whole number of ms from 0 to 60000", () => {
    expect(webhookDelayMs(undefined)).toBe(5_000)
    expect(webhookDelayMs("")).toBe(5_000)
    expect(webhookDelayMs("0")).toBe(0)
    expect(webhookDelayMs("1000")).toBe(1_000)
    expect(webhookDelayMs("60000")).toBe(60_000)
  })

  it("is the payment module's webhook_delay", () => {
    expect(paymentConfig({}, URLS).paymentModule.options.webhook_delay).toBe(5_000)
    const { paymentModule } = paymentConfig({ PAYMENT_WEBHOOK_DELAY_MS: "250" }, URLS)
    expect(paymentModule.options.webhook_delay).toBe(250)
  })

  it("stops the server at start with anything else, naming the variable", () => {
    for (const value of ["60001", "-1", "1.5", "1e3", " 100", "abc", "100000"]) {
      expect(() => webhookDelayMs(value)).toThrow(
        `PAYMENT_WEBHOOK_DELAY_MS must be a whole number of ms from 0 to 60000, not "${value}"`
      )
    }
  })
})

describe("queuing a provider's webhook (backend/src/api/hooks/queue-payment-webhook.ts)", () => {
  type Emitted = { event: unknown; options: unknown }
  const call = async (paymentOptions: Record<string, unknown> | undefined, failing = false) => {
    const emitted: Emitted[] = []
    const eventBus = {
      emit: async (event: unknown, options: unknown) => {
        if (failing) throw new Error("Redis is down")
        emitted.push({ event, options })
      },
    }
    const config = {
      modules: paymentOptions ? { [Modules.PAYMENT]: { options: paymentOptions } } : {},
    }
    const scope = {
      resolve: (key: string) =>
        key === ContainerRegistrationKeys.CONFIG_MODULE
          ? config
          : key === Modules.EVENT_BUS
            ? eventBus
            : undefined,
    }
    const req = {
      scope,
      body: { id: "evt_1" },
      rawBody: Buffer.from('{"id":"evt_1"}'),
      headers: { "stripe-signature": "t=1,v1=x" },
    } as unknown as MedusaRequest
    const answer: { status?: number; body?: unknown } = {}
    const res = {
      status(code: number) {
        answer.status = code
        return this
      },
      send(body: unknown) {
        answer.body = body
        return this
      },
      sendStatus(code: number) {
        answer.status = code
        answer.body = "OK"
        return this
      },
    } as unknown as MedusaResponse
    await queuePaymentWebhook("stripe_stripe")(req, res)
    return { emitted, answer }
  }

  it("queues Medusa's webhook event with the configured delay and retries, and answers 200", async () => {
    const { emitted, answer } = await call(
      paymentConfig({ PAYMENT_WEBHOOK_DELAY_MS: "250" }, URLS).paymentModule.options
    )
    expect(answer).toEqual({ status: 200, body: "OK" })
    expect(emitted).toEqual([
      {
        event: {
          name: "payment.webhook_received",
          data: {
            provider: "stripe_stripe",
            payload: {
              data: { id: "evt_1" },
              rawData: Buffer.from('{"id":"evt_1"}'),
              headers: { "stripe-signature": "t=1,v1=x" },
            },
          },
        },
        options: { delay: 250, attempts: 3 },
      },
    ])
  })

  it("keeps Medusa's 5 s and 3 attempts when the module sets none; a delay of 0 is taken as 0", async () => {
    expect((await call(undefined)).emitted[0].options).toEqual({ delay: 5_000, attempts: 3 })
    expect((await call({ webhook_delay: 0, webhook_retries: 5 })).emitted[0].options).toEqual({
      delay: 0,
      attempts: 5,
    })
  })

  it("answers 400 with the reason when the event cannot be queued, so the provider sends it again", async () => {
    const { emitted, answer } = await call({ webhook_delay: 1_000 }, true)
    expect(emitted).toEqual([])
    expect(answer).toEqual({ status: 400, body: "Webhook Error: Redis is down" })
  })
})
