/**
 * The SMS and e-mail providers against their stand-ins (tests/fixtures/sms,
 * tests/fixtures/smtp.ts), without the shop around them: what the services
 * receive, and each refusal surfacing as the provider's error.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { sms as tencentSms } from "tencentcloud-sdk-nodejs-sms"
import { connectToAgent } from "../../backend/src/modules/notification-sms/connect-to"
import SmsNotificationService from "../../backend/src/modules/notification-sms/service"
import SmtpNotificationService from "../../backend/src/modules/notification-smtp/service"
import { SMS_TEMPLATES } from "../../backend/src/modules/notification-outbox/sms-templates"
import { startTencentSmsStandIn, type TencentSmsStandIn } from "../fixtures/sms/tencent"
import { startSmtpStandIn, type SmtpStandIn } from "../fixtures/smtp"

const logger = { info: () => undefined, warn: () => undefined } as any

/** Template ids as the service would give them, one per shop template. */
const IDS = Object.fromEntries(Object.keys(SMS_TEMPLATES).map((t, i) => [t, String(2051000 + i)]))

let sms: TencentSmsStandIn
let smtp: SmtpStandIn
beforeAll(async () => {
  sms = await startTencentSmsStandIn({
    templates: Object.fromEntries(Object.entries(SMS_TEMPLATES).map(([t, s]) => [IDS[t], s.body])),
  })
  smtp = await startSmtpStandIn()
})
afterAll(async () => {
  await sms.close()
  await smtp.close()
})

const smsProvider = (overrides: Record<string, unknown> = {}) =>
  new SmsNotificationService({ logger }, {
    secretId: sms.secretId,
    secretKey: sms.secretKey,
    appId: sms.appId,
    signName: sms.signName,
    templateIds: JSON.stringify(IDS),
    apiBase: sms.url,
    ...overrides,
  } as any)

const paid = { display_id: 1024, amount: "268.00" }

describe("SMS provider (Tencent Cloud SMS)", () => {
  it("sends the approved template with its parameters, signed, to the +86 number", async () => {
    const result = await smsProvider().send({
      to: "13800138000",
      channel: "sms",
      template: "order-paid",
      data: paid,
    } as any)
    expect(result.id).toMatch(/^2028:/)
    expect(sms.sent.at(-1)).toEqual({
      phone: "13800138000",
      template_id: IDS["order-paid"],
      sign_name: "梅县消费帮扶商城",
      params: ["1024", "268.00"],
      text: "【梅县消费帮扶商城】您的订单1024货款268.00元已到账，农户正在备货，发货后会通知您运单号。",
    })
  })

  it("a request signed with another key is refused by the service (AuthFailure.SignatureFailure)", async () => {
    const sent = sms.sent.length
    await expect(
      smsProvider({ secretKey: "not-the-key" }).send({
        to: "13800138000",
        channel: "sms",
        template: "order-paid",
        data: paid,
      } as any)
    ).rejects.toThrow(/AuthFailure\.SignatureFailure/)
    expect(sms.sent.length).toBe(sent)
  })

  it("surfaces the service's codes: unapproved 签名 or template, wrong parameters, a broken service", async () => {
    const send = (provider: SmsNotificationService, template = "order-paid", data: any = paid) =>
      provider.send({ to: "13800138000", channel: "sms", template, data } as any)
    await expect(send(smsProvider({ signName: "别的签名" }))).rejects.toThrow(
      /FailedOperation\.SignatureIncorrectOrUnapproved/
    )
    await expect(
      send(smsProvider({ templateIds: { ...IDS, "order-paid": "999" } }))
    ).rejects.toThrow(/FailedOperation\.TemplateIncorrectOrUnapproved/)
    // the registered template has two variables; one with three is refused
    await expect(
      send(
        smsProvider({ templateIds: { ...IDS, "order-paid": IDS["order-shipped"] } }),
        "order-paid"
      )
    ).rejects.toThrow(/FailedOperation\.TemplateParamSetNotMatchApprovedTemplate/)
    sms.failWith = "FailedOperation.InsufficientBalanceInSmsPackage"
    await expect(send(smsProvider())).rejects.toThrow(/InsufficientBalanceInSmsPackage/)
    sms.failWith = null
  })

  it("refuses before the service what it would refuse: a non-mainland mobile, a template with no id", async () => {
    await expect(
      smsProvider().send({
        to: "+1 555 0100",
        channel: "sms",
        template: "order-paid",
        data: paid,
      } as any)
    ).rejects.toThrow(/mainland mobile/)
    await expect(
      smsProvider({ templateIds: {} }).send({
        to: "13800138000",
        channel: "sms",
        template: "order-paid",
        data: paid,
      } as any)
    ).rejects.toThrow(/SMS_TEMPLATE_IDS/)
  })
})

describe("the Tencent Cloud SMS stand-in, called with the SDK directly", () => {
  const client = () =>
    new tencentSms.v20210111.Client({
      credential: { secretId: sms.secretId, secretKey: sms.secretKey },
      region: "ap-guangzhou",
      profile: { httpProfile: { protocol: "http://", agent: connectToAgent(sms.url) } },
    })
  const request = (overrides: Record<string, unknown>) => ({
    PhoneNumberSet: ["+8613800138000"],
    SmsSdkAppId: sms.appId,
    SignName: sms.signName,
    TemplateId: IDS["order-paid"],
    TemplateParamSet: ["1024", "268.00"],
    ...overrides,
  })

  it("answers a malformed mobile in the send status, and refuses an over-long parameter", async () => {
    const sent = sms.sent.length
    const answer = await client().SendSms(request({ PhoneNumberSet: ["+86123456"] }))
    expect(answer.SendStatusSet?.[0]).toMatchObject({
      Code: "InvalidParameterValue.IncorrectPhoneNumber",
    })
    await expect(
      client().SendSms(request({ TemplateParamSet: ["1024", "1".repeat(21)] }))
    ).rejects.toMatchObject({ code: "InvalidParameterValue.TemplateParameterLengthLimit" })
    await expect(client().SendSms(request({ SmsSdkAppId: "1400999999" }))).rejects.toMatchObject({
      code: "InvalidParameterValue.SdkAppIdNotExist",
    })
    expect(sms.sent.length).toBe(sent)
  })
})

describe("e-mail provider (SMTP)", () => {
  const smtpProvider = (password = smtp.password) =>
    new SmtpNotificationService(
      { logger },
      {
        host: smtp.host,
        port: smtp.port,
        secure: "false",
        user: smtp.user,
        password,
        from: smtp.from,
      }
    )

  it("logs in and sends the text and HTML bodies of the template", async () => {
    const result = await smtpProvider().send({
      to: "buyer@example.cn",
      channel: "email",
      template: "order-paid",
      data: paid,
    } as any)
    expect(result.id).toMatch(/@/)
    const mail = smtp.mails.at(-1)!
    expect(mail.to).toEqual(["buyer@example.cn"])
    expect(mail.from).toBe(smtp.from)
    expect(mail.subject).toBe("【梅县消费帮扶商城】订单 #1024 已到账")
    expect(mail.text).toContain("货款 ¥268.00 已到账")
    expect(mail.html).toContain("<p")
    expect(mail.html).toContain("货款 ¥268.00 已到账")
  })

  it("fails when the server refuses the login or the message", async () => {
    const before = smtp.mails.length
    await expect(
      smtpProvider("wrong").send({
        to: "buyer@example.cn",
        channel: "email",
        template: "order-paid",
        data: paid,
      } as any)
    ).rejects.toThrow(/535|Invalid login|Invalid username/i)
    smtp.failWith = "Mailbox temporarily unavailable"
    await expect(
      smtpProvider().send({
        to: "buyer@example.cn",
        channel: "email",
        template: "order-paid",
        data: paid,
      } as any)
    ).rejects.toThrow(/451|Mailbox temporarily unavailable/)
    smtp.failWith = null
    expect(smtp.mails.length).toBe(before)
  })
})
