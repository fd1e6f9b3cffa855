import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import type { Transporter } from "nodemailer"
import { EMAIL } from "../../shared/contact"
import { maskRecipient } from "../notification-outbox/mask"
import { renderHtml, renderMessage } from "../notification-outbox/templates"

export type SmtpOptions = {
  host: string
  port?: number | string
  /** true: TLS from the start (port 465); otherwise STARTTLS when the server offers it */
  secure?: boolean | string
  user?: string
  password?: string
  /** the sender, e.g. "梅县消费帮扶商城 <noreply@shop.example.cn>" */
  from: string
  /** seconds to wait for the server; default 20 */
  timeout?: number | string
}

const flag = (value: boolean | string | undefined) => value === true || value === "true"

/**
 * E-mail over SMTP: the recipient checked, the message rendered from its
 * template (a text and an HTML body from the same wording) and handed to the
 * SMTP server; the server's message id is the notification's external id.
 * A refusal or an unreachable server fails the send (Medusa marks the
 * notification failed; backend/src/jobs/retry-notifications.ts tries again).
 */
class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "smtp"

  protected logger_: Logger
  protected options_: SmtpOptions
  protected transporter_: Transporter | undefined

  static validateOptions(options: Record<string, unknown>) {
    if (!options.host) throw new Error("The SMTP provider needs SMTP_HOST")
    if (!options.from) throw new Error("The SMTP provider needs SMTP_FROM (the sender address)")
  }

  constructor({ logger }: { logger: Logger }, options: SmtpOptions) {
    super()
    this.logger_ = logger
    this.options_ = options
  }

  /**
   * The SMTP transport, created at the first message: nodemailer (about
   * 12 MiB) is required then, so the servers, which load every notification
   * provider but send nothing (the worker does), never hold it
   * (docs/production.md#memory).
   */
  private async transporter(): Promise<Transporter> {
    if (this.transporter_) return this.transporter_
    const { createTransport } = await import("nodemailer")
    const options = this.options_
    const timeout = Number(options.timeout || 20) * 1000
    this.transporter_ ??= createTransport({
      host: options.host,
      port: Number(options.port || (flag(options.secure) ? 465 : 587)),
      secure: flag(options.secure),
      auth: options.user ? { user: options.user, pass: options.password ?? "" } : undefined,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    })
    return this.transporter_
  }

  async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    const to = String(notification.to ?? "").trim()
    if (!EMAIL.test(to)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An e-mail needs an address")
    }
    const message = renderMessage(
      notification.template,
      (notification.data ?? {}) as Record<string, unknown>
    )
    const info = await (
      await this.transporter()
    ).sendMail({
      from: notification.from || this.options_.from,
      to,
      subject: message.subject,
      text: message.text,
      html: renderHtml(message),
    })
    this.logger_.info(`[smtp] ${notification.template} to ${maskRecipient(to)}: ${info.messageId}`)
    return { id: info.messageId }
  }
}

export default SmtpNotificationService
