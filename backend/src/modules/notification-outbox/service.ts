import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { randomUUID } from "node:crypto"
import { EMAIL, MOBILE } from "../../shared/contact"
import { maskRecipient, maskSecrets } from "./mask"
import { renderMessage } from "./templates"

export { maskRecipient, maskSecrets }

type Options = { channels?: string[] }

/**
 * Development stand-in for SMS and e-mail delivery: validates the recipient
 * the way a gateway would (an 11-digit mainland mobile for `sms`, an address
 * for `email`), renders the message and logs it. Nothing leaves the machine.
 */
class OutboxNotificationService extends AbstractNotificationProviderService {
  static identifier = "outbox"

  protected logger_: Logger

  constructor({ logger }: { logger: Logger }, _options: Options) {
    super()
    this.logger_ = logger
  }

  async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    const to = String(notification.to ?? "").trim()
    if (notification.channel === "sms" && !MOBILE.test(to)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "An SMS needs an 11-digit mainland mobile number"
      )
    }
    if (notification.channel === "email" && !EMAIL.test(to)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An e-mail needs an address")
    }
    const message = renderMessage(
      notification.template,
      (notification.data ?? {}) as Record<string, unknown>
    )
    this.logger_.info(
      `[outbox] ${notification.channel} to ${maskRecipient(to)} (${notification.template}): ` +
        (notification.channel === "email" ? `${message.subject} | ` : "") +
        maskSecrets(message.text)
    )
    return { id: `outbox_${randomUUID()}` }
  }
}

export default OutboxNotificationService
