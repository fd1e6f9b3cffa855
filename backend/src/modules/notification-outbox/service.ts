import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { randomUUID } from "node:crypto"
import { EMAIL, MOBILE } from "../../shared/contact"
import { renderMessage } from "./templates"

type Options = { channels?: string[] }

/** Masks all but the last four characters of a mobile number or the domain of an e-mail, for the log. */
export function maskRecipient(to: string): string {
  const at = to.indexOf("@")
  if (at > 0) return `${to.slice(0, 1)}***${to.slice(at)}`
  return to.length > 4 ? `${"*".repeat(to.length - 4)}${to.slice(-4)}` : "****"
}

/**
 * A message as it may be logged: secrets that would let a reader of the log
 * act for the recipient are masked: 6-digit codes, tokens (JWTs anywhere,
 * and any `token=` query value of a link) and the e-mail of a link.
 */
export function maskSecrets(text: string): string {
  return text
    .replace(/\beyJ[\w-]+\.[\w-]+\.[\w-]*/g, "***")
    .replace(/([?&](?:token|email)=)[^&\s]+/gi, "$1***")
    .replace(/\d{6}/g, "******")
}

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
