import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import type { sms } from "tencentcloud-sdk-nodejs-sms"
import { MOBILE } from "../../shared/contact"
import { maskRecipient } from "../notification-outbox/mask"
import { smsParams } from "../notification-outbox/sms-templates"
import { connectToAgent } from "./connect-to"

export type SmsOptions = {
  /** the SMS service; only "tencent" (Tencent Cloud SMS) is built in */
  provider?: string
  secretId: string
  secretKey: string
  /** the SMS application's SdkAppId (短信应用 ID) */
  appId: string
  /** the approved 签名, as its text (e.g. "梅县消费帮扶商城") */
  signName: string
  /** shop template → approved template id, e.g. { "order-paid": "2051234" }, or that as JSON */
  templateIds?: Record<string, string> | string
  /** default ap-guangzhou */
  region?: string
  /** the API host; default sms.tencentcloudapi.com */
  endpoint?: string
  /** an http:// address all requests are sent to instead (a gateway; the tests' stand-in) */
  apiBase?: string
}

type SmsClient = InstanceType<typeof sms.v20210111.Client>

/** A JSON object of template ids (SMS_TEMPLATE_IDS), or what is wrong with it. */
export function parseTemplateIds(
  raw: Record<string, string> | string | undefined
): Record<string, string> {
  if (!raw) return {}
  let parsed: unknown = raw
  if (typeof raw === "string") {
    try {
      parsed = JSON.parse(raw)
    } catch {
      throw new Error("SMS_TEMPLATE_IDS is not valid JSON")
    }
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new Error("SMS_TEMPLATE_IDS must be a JSON object of template name → template id")
  }
  return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]))
}

/**
 * SMS through Tencent Cloud SMS: the mobile checked (an 11-digit mainland
 * number, sent as +86…), the shop's template mapped to the approved template
 * id and its parameters (modules/notification-outbox/sms-templates.ts), the
 * request signed by the SDK (TC3-HMAC-SHA256). The service's refusal (its
 * error code, e.g. FailedOperation.TemplateIncorrectOrUnapproved) fails the
 * send; the message id (SerialNo) is the notification's external id.
 */
class SmsNotificationService extends AbstractNotificationProviderService {
  static identifier = "sms"

  protected logger_: Logger
  protected options_: SmsOptions
  protected client_: SmsClient | undefined
  protected templateIds_: Record<string, string>

  static validateOptions(options: Record<string, unknown>) {
    if ((options.provider ?? "tencent") !== "tencent") {
      throw new Error(`SMS_PROVIDER "${String(options.provider)}" is not supported (tencent)`)
    }
    for (const [key, variable] of [
      ["secretId", "SMS_SECRET_ID"],
      ["secretKey", "SMS_SECRET_KEY"],
      ["appId", "SMS_APP_ID"],
      ["signName", "SMS_SIGN_NAME"],
    ]) {
      if (!options[key]) throw new Error(`The SMS provider needs ${variable}`)
    }
    parseTemplateIds(options.templateIds as SmsOptions["templateIds"])
  }

  constructor({ logger }: { logger: Logger }, options: SmsOptions) {
    super()
    this.logger_ = logger
    this.options_ = options
    this.templateIds_ = parseTemplateIds(options.templateIds)
  }

  /**
   * Tencent Cloud's SMS client, created at the first message: the SDK (about
   * 19 MiB) is required then, so the servers, which load every notification
   * provider but send nothing (the worker does), never hold it
   * (docs/production.md#memory).
   */
  private async client(): Promise<SmsClient> {
    if (this.client_) return this.client_
    const { sms } = await import("tencentcloud-sdk-nodejs-sms")
    const options = this.options_
    const base = options.apiBase ? connectToAgent(options.apiBase) : undefined
    this.client_ ??= new sms.v20210111.Client({
      credential: { secretId: options.secretId, secretKey: options.secretKey },
      region: options.region || "ap-guangzhou",
      profile: {
        httpProfile: {
          endpoint: options.endpoint || "sms.tencentcloudapi.com",
          reqTimeout: 20,
          ...(base ? { protocol: "http://", agent: base } : {}),
        },
      },
    })
    return this.client_
  }

  async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    const to = String(notification.to ?? "").trim()
    if (!MOBILE.test(to)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "An SMS needs an 11-digit mainland mobile number"
      )
    }
    const templateId = this.templateIds_[notification.template]
    if (!templateId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `No SMS template id for "${notification.template}" (SMS_TEMPLATE_IDS)`
      )
    }
    const params = smsParams(
      notification.template,
      (notification.data ?? {}) as Record<string, unknown>
    )
    let status
    try {
      const response = await (
        await this.client()
      ).SendSms({
        PhoneNumberSet: [`+86${to}`],
        SmsSdkAppId: this.options_.appId,
        SignName: this.options_.signName,
        TemplateId: templateId,
        TemplateParamSet: params,
      })
      status = response.SendStatusSet?.[0]
    } catch (error) {
      const e = error as { code?: string; message?: string }
      throw new Error(`Tencent Cloud SMS: ${e.code ? `${e.code}: ` : ""}${e.message ?? ""}`)
    }
    if (!status || status.Code !== "Ok") {
      throw new Error(
        `Tencent Cloud SMS: ${status?.Code ?? "NoStatus"}: ${status?.Message ?? "no send status"}`
      )
    }
    this.logger_.info(
      `[sms] ${notification.template} to ${maskRecipient(to)}: ${status.SerialNo ?? ""}`
    )
    return { id: status.SerialNo ?? `sms_${Date.now()}` }
  }
}

export default SmsNotificationService
