/**
 * The SMS side of the shop's messages. A mainland SMS service sends only
 * templates it approved beforehand, with positional parameters ({1}, {2}…)
 * and the approved 签名 put in front by the service itself. For each shop
 * template this file holds the body to register (docs/notifications.md lists
 * them) and the parameters the shop fills in; the merchant maps each to the
 * template id the service gave (SMS_TEMPLATE_IDS).
 *
 * Parameters are short plain text: at most SMS_PARAM_MAX_LENGTH characters
 * (the services' limit for a variable), amounts without a currency sign.
 */
import { chinaDateTimeText } from "../../shared/china-time"
import { yuanString } from "../../shared/money"
import { carrierName, monthDayText, type OrderNotice, str } from "./templates-orders"

/** The longest parameter value the SMS services accept for a variable. */
export const SMS_PARAM_MAX_LENGTH = 20

export type SmsTemplate = {
  /** the body to register with the SMS service ({n}: the n-th parameter) */
  body: string
  params: (data: Record<string, unknown>) => string[]
}

const amount = (value: unknown) =>
  value === undefined || value === null ? "0.00" : yuanString(str(value))
const when = (value: unknown) => chinaDateTimeText(str(value) || null)
const order = (data: Record<string, unknown>) => str((data as OrderNotice).display_id)

export const SMS_TEMPLATES: Record<string, SmsTemplate> = {
  "order-lookup-code": {
    body: "您的订单查询验证码为{1}，{2}分钟内有效，仅可使用一次。请勿告诉他人；如非本人操作，请忽略本短信。",
    params: (d) => [str(d.code), str(d.minutes || 10)],
  },
  "bank-transfer-reminder": {
    body: "您的订单{1}尚待对公转账{2}元，请于{3}前转账，附言填写付款识别码{4}。收款账户见订单页或邮件，逾期未付订单将自动取消。",
    params: (d) => [
      order(d),
      amount(d.outstanding_amount ?? d.amount),
      when(d.deadline_at),
      str(d.reference),
    ],
  },
  "bank-transfer-canceled": {
    body: "您的订单{1}未在{2}前收到对公转账，已自动取消。如已转账，请联系客服并提供付款识别码{3}。",
    params: (d) => [order(d), when(d.deadline_at), str(d.reference)],
  },
  "bulk-order-created": {
    body: "您单位的批量订单{1}已提交，共{2}个包裹，应付{3}元。请于{4}前对公转账，附言填写批量订单号。",
    params: (d) => [str(d.reference), str(d.parcels), amount(d.amount), when(d.deadline_at)],
  },
  "bulk-order-reminder": {
    body: "您单位的批量订单{1}尚待对公转账{2}元，请于{3}前转账，附言填写批量订单号。逾期未付将自动取消全部订单。",
    params: (d) => [str(d.reference), amount(d.amount), when(d.deadline_at)],
  },
  "bulk-order-canceled": {
    body: "您单位的批量订单{1}未在{2}前收到对公转账，已全部取消。如已转账，请联系客服并提供批量订单号。",
    params: (d) => [str(d.reference), when(d.deadline_at)],
  },
  "quote-sent": {
    body: "您单位的询价单{1}已报价，合计{2}元，有效期至{3}。请登录商城单位专区查看明细并确认。",
    params: (d) => [str(d.display_id), amount(d.total), when(d.valid_until)],
  },
  "quote-expiring": {
    body: "您单位的询价单{1}（合计{2}元）将于{3}到期，过期后不能再接受，请尽快登录商城单位专区确认。",
    params: (d) => [str(d.display_id), amount(d.total), when(d.valid_until)],
  },
  "order-placed": {
    body: "您的订单{1}已提交，订单金额{2}元。付款到账和发货时我们会再通知您。",
    params: (d) => [order(d), amount(d.amount)],
  },
  "order-placed-transfer": {
    body: "您的订单{1}已提交，请于{2}前对公转账{3}元，附言填写付款识别码{4}。收款账户见订单页或邮件，逾期未付订单将自动取消。",
    params: (d) => {
      const t = (d as OrderNotice).transfer ?? {}
      return [order(d), when(t.deadline_at), amount(t.amount), str(t.reference)]
    },
  },
  "order-paid": {
    body: "您的订单{1}货款{2}元已到账，农户正在备货，发货后会通知您运单号。",
    params: (d) => [order(d), amount(d.amount)],
  },
  "order-shipped": {
    body: "您的订单{1}已由{2}发出，运单号{3}，请留意查收。",
    params: (d) => [order(d), carrierName(d.carrier), str(d.tracking_number) || "-"],
  },
  "order-refunded": {
    body: "您的订单{1}已退款{2}元，款项将原路退回，到账时间以银行或支付平台为准。",
    params: (d) => [order(d), amount(d.amount)],
  },
  "presale-ship-reminder": {
    body: "您订单{1}中的预售商品将于{2}起发货，请保持电话畅通，留意查收。",
    params: (d) => [order(d), monthDayText((d as OrderNotice).ships_on)],
  },
}

/** The parameters of `template` for `data`; throws when the template has no SMS form or a value is too long. */
export function smsParams(template: string, data: Record<string, unknown> = {}): string[] {
  const sms = SMS_TEMPLATES[template]
  if (!sms) throw new Error(`The message "${template}" has no SMS template`)
  const params = sms.params(data).map((p) => p.replace(/\s+/g, " ").trim())
  const long = params.find((p) => [...p].length > SMS_PARAM_MAX_LENGTH)
  if (long !== undefined) {
    throw new Error(
      `An SMS parameter of "${template}" is longer than ${SMS_PARAM_MAX_LENGTH} characters`
    )
  }
  return params
}

/** The SMS as the buyer reads it (the service puts 【签名】 in front). */
export function smsText(template: string, data: Record<string, unknown> = {}): string {
  const params = smsParams(template, data)
  return SMS_TEMPLATES[template].body.replace(/\{(\d+)\}/g, (_, n) => params[Number(n) - 1] ?? "")
}
