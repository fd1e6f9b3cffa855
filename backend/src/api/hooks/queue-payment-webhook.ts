import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ConfigModule, IEventBusModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentWebhookEvents } from "@medusajs/framework/utils"

/** Medusa's own delay and attempts for a queued payment webhook. */
const MEDUSA_WEBHOOK_DELAY_MS = 5_000
const MEDUSA_WEBHOOK_ATTEMPTS = 3

type WebhookOptions = { webhook_delay?: number; webhook_retries?: number }

/** The payment module's configured webhook options (config/payments.ts). */
function webhookOptions(req: MedusaRequest): WebhookOptions {
  const config = req.scope.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  const payment = config.modules?.[Modules.PAYMENT]
  return typeof payment === "object" && payment ? ((payment.options ?? {}) as WebhookOptions) : {}
}

/**
 * Queues a provider's webhook as Medusa's route (`POST /hooks/payment/:provider`)
 * does, with the payment module's `webhook_delay` and `webhook_retries`. Medusa's
 * route reads those from the module service, which does not carry its options in
 * 2.21, so it always waits 5 s; here the configured delay applies
 * (PAYMENT_WEBHOOK_DELAY_MS). Answers 200 `OK` once queued, 400 when the event
 * could not be queued (the provider sends it again).
 */
export function queuePaymentWebhook(provider: string) {
  return async (req: MedusaRequest, res: MedusaResponse) => {
    const options = webhookOptions(req)
    try {
      await req.scope.resolve<IEventBusModuleService>(Modules.EVENT_BUS).emit(
        {
          name: PaymentWebhookEvents.WebhookReceived,
          data: {
            provider,
            payload: { data: req.body, rawData: req.rawBody, headers: req.headers },
          },
        },
        {
          delay: options.webhook_delay ?? MEDUSA_WEBHOOK_DELAY_MS,
          attempts: options.webhook_retries ?? MEDUSA_WEBHOOK_ATTEMPTS,
        }
      )
    } catch (error) {
      res.status(400).send(`Webhook Error: ${(error as Error).message}`)
      return
    }
    res.sendStatus(200)
  }
}
