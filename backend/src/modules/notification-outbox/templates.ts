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
}

/** The message of a notification. */
export function renderMessage(template: string, data: Record<string, unknown> = {}): RenderedMessage {
  const render = MESSAGE_TEMPLATES[template]
  if (!render) throw new Error(`No message template "${template}"`)
  return render(data)
}
