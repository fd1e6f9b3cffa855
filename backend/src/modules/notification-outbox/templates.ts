/**
 * The text of every SMS and e-mail the shop sends, by template id: each
 * template turns a notification's `data` into a subject (e-mail only) and a
 * body in Chinese. Providers of the `sms` and `email` channels render with
 * these, so the wording lives in one place.
 */
export type RenderedMessage = { subject: string; text: string }

type Template = (data: Record<string, unknown>) => RenderedMessage

export const SHOP_SIGNATURE = "梅县消费帮扶商城"

const str = (value: unknown) => (value === undefined || value === null ? "" : String(value))

export const MESSAGE_TEMPLATES: Record<string, Template> = {
  /** a plain message: data.text */
  "plain-text": (data) => ({ subject: `【${SHOP_SIGNATURE}】通知`, text: `【${SHOP_SIGNATURE}】${str(data.text)}` }),
  /** a guest's one-time code for looking up orders: data.code, data.minutes */
  "order-lookup-code": (data) => ({
    subject: `【${SHOP_SIGNATURE}】订单查询验证码`,
    text:
      `【${SHOP_SIGNATURE}】您的订单查询验证码为 ${str(data.code)}，${str(data.minutes || 10)} 分钟内有效，仅可使用一次。` +
      "请勿告诉他人；如非本人操作，请忽略本消息。",
  }),
}

/** The message of a notification. */
export function renderMessage(template: string, data: Record<string, unknown> = {}): RenderedMessage {
  const render = MESSAGE_TEMPLATES[template]
  if (!render) throw new Error(`No message template "${template}"`)
  return render(data)
}
