import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type NoticeChannel, noticeKey, type NoticeTemplate } from "../notices"

export type SendNoticesInput = {
  template: NoticeTemplate
  payment_id: string
  order_id: string | null
  recipients: { channel: NoticeChannel; to: string }[]
  data: Record<string, unknown>
}

export const sendBankTransferNoticesStepId = "send-bank-transfer-notices"

/**
 * Sends a 对公转账 notice to each of the buyer's contacts through Medusa's
 * Notification module, once per payment, template and channel (idempotency
 * key). A channel that fails is logged and tried again on the next run; it
 * does not undo what the workflow did before (a cancellation stands).
 */
export const sendBankTransferNoticesStep = createStep(
  sendBankTransferNoticesStepId,
  async (input: SendNoticesInput, { container }) => {
    const notifications = container.resolve(Modules.NOTIFICATION)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const sent: string[] = []
    for (const recipient of input.recipients) {
      try {
        const created = await notifications.createNotifications({
          to: recipient.to,
          channel: recipient.channel,
          template: input.template,
          data: input.data,
          trigger_type: "bank-transfer-deadline",
          resource_id: input.order_id ?? undefined,
          resource_type: "order",
          idempotency_key: noticeKey(input.template, input.payment_id, recipient.channel),
        })
        if (created) sent.push(recipient.channel)
      } catch (error) {
        logger.warn(
          `Bank transfer ${input.template} for payment ${input.payment_id} by ${recipient.channel} failed: ${(error as Error).message}`
        )
      }
    }
    return new StepResponse(sent)
  }
)
