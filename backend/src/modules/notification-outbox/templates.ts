/**
 * The text of every SMS and e-mail the shop sends, by template id: each
 * template turns a notification's `data` into a subject (e-mail only) and a
 * body in Chinese. Providers of the `sms` and `email` channels render with
 * these, so the wording lives in one place.
 */
import { chinaDateTimeText } from "../../shared/china-time"
import { formatYuan } from "../../shared/money"
import {
  ORDER_TEMPLATES,
  type RenderedMessage,
  SHOP_SIGNATURE,
  str,
  type Template,
} from "./templates-orders"
import { QUOTE_TEMPLATES } from "./templates-quotes"

export { type RenderedMessage, SHOP_SIGNATURE }

/**
 * Data of the 对公转账 notices (backend/src/workflows/bank-transfer): the order
 * number, the amounts, the deadline, the reference code and the payee.
 */
type BankTransferNotice = {
  display_id?: number | string
  amount?: string
  outstanding_amount?: string
  received_amount?: string
  deadline_at?: string
  reference?: string
  payee?: { account_name?: string; bank_name?: string; account_number?: string }
}

/** Data of the bulk-order notices (backend/src/workflows/bulk-order/notices.ts). */
type BulkOrderNotice = {
  reference?: string
  amount?: string
  parcels?: number
  deadline_at?: string
  unit_name?: string
}

export const MESSAGE_TEMPLATES: Record<string, Template> = {
  /** a plain message: data.text */
  "plain-text": (data) => ({
    subject: `【${SHOP_SIGNATURE}】通知`,
    text: `【${SHOP_SIGNATURE}】${str(data.text)}`,
  }),
  /** a guest's one-time code for looking up orders: data.code, data.minutes */
  "order-lookup-code": (data) => ({
    subject: `【${SHOP_SIGNATURE}】订单查询验证码`,
    text:
      `【${SHOP_SIGNATURE}】您的订单查询验证码为 ${str(data.code)}，${str(data.minutes || 10)} 分钟内有效，仅可使用一次。` +
      "请勿告诉他人；如非本人操作，请忽略本消息。",
  }),

  /**
   * a password-reset link (backend/src/auth/password-reset.ts): data.url, data.minutes,
   * data.actor_type (`user`: the admin's page, `customer`: the storefront's)
   */
  "password-reset": (data) => {
    const account = data.actor_type === "user" ? "管理后台账户" : "商城账户"
    return {
      subject: `【${SHOP_SIGNATURE}】重置密码`,
      text:
        `【${SHOP_SIGNATURE}】我们收到了重置您${account}密码的请求。请在 ${str(data.minutes || 15)} 分钟内打开以下链接设置新密码，` +
        `链接仅可使用一次：${str(data.url)} 如非本人操作，请忽略本邮件，您的密码不会改变；请勿将链接转发给他人。`,
    }
  },

  /** before the payment deadline of a 对公转账 order (once) */
  "bank-transfer-reminder": (data) => {
    const n = data as BankTransferNotice
    const received =
      n.received_amount && n.received_amount !== "0.00"
        ? `，已到账 ${formatYuan(n.received_amount)}`
        : ""
    return {
      subject: `【${SHOP_SIGNATURE}】订单 #${str(n.display_id)} 付款提醒`,
      text:
        `【${SHOP_SIGNATURE}】您的订单 #${str(n.display_id)} 尚待对公转账 ${formatYuan(n.outstanding_amount ?? n.amount)}` +
        `（应付 ${formatYuan(n.amount)}${received}）。请于 ${chinaDateTimeText(n.deadline_at)} 前转账至` +
        ` ${str(n.payee?.account_name)}（${str(n.payee?.bank_name)}，账号 ${str(n.payee?.account_number)}），` +
        `附言填写付款识别码 ${str(n.reference)}。逾期未付订单将自动取消。`,
    }
  },

  /** the order was cancelled because the transfer did not arrive by the deadline */
  "bank-transfer-canceled": (data) => {
    const n = data as BankTransferNotice
    return {
      subject: `【${SHOP_SIGNATURE}】订单 #${str(n.display_id)} 已取消`,
      text:
        `【${SHOP_SIGNATURE}】您的订单 #${str(n.display_id)} 未在 ${chinaDateTimeText(n.deadline_at)} 前收到对公转账，` +
        `已自动取消。如您已转账，请联系客服并提供付款识别码 ${str(n.reference)}，我们将核实后为您处理。`,
    }
  },

  /** a bulk order was placed (one notice for all its parcels) */
  "bulk-order-created": (data) => {
    const n = data as BulkOrderNotice
    return {
      subject: `【${SHOP_SIGNATURE}】批量订单 ${str(n.reference)} 已提交`,
      text:
        `【${SHOP_SIGNATURE}】${str(n.unit_name)}的批量订单已提交，共 ${str(n.parcels)} 个包裹，应付 ${formatYuan(n.amount)}。` +
        `请于 ${chinaDateTimeText(n.deadline_at)} 前对公转账，附言填写付款识别码 ${str(n.reference)}；可在单位专区下载付款通知书。`,
    }
  },

  /** before a bulk order's payment deadline (once) */
  "bulk-order-reminder": (data) => {
    const n = data as BulkOrderNotice
    return {
      subject: `【${SHOP_SIGNATURE}】批量订单 ${str(n.reference)} 付款提醒`,
      text:
        `【${SHOP_SIGNATURE}】${str(n.unit_name)}的批量订单（${str(n.parcels)} 个包裹）尚待对公转账 ${formatYuan(n.amount)}。` +
        `请于 ${chinaDateTimeText(n.deadline_at)} 前转账，附言填写付款识别码 ${str(n.reference)}。逾期未付将自动取消全部订单。`,
    }
  },

  /** a bulk order was cancelled: no transfer by its deadline */
  "bulk-order-canceled": (data) => {
    const n = data as BulkOrderNotice
    return {
      subject: `【${SHOP_SIGNATURE}】批量订单 ${str(n.reference)} 已取消`,
      text:
        `【${SHOP_SIGNATURE}】${str(n.unit_name)}的批量订单未在 ${chinaDateTimeText(n.deadline_at)} 前收到对公转账，` +
        `${str(n.parcels)} 个包裹的订单已全部取消。如已转账，请联系客服并提供付款识别码 ${str(n.reference)}。`,
    }
  },

  ...ORDER_TEMPLATES,
  ...QUOTE_TEMPLATES,
}

/** The message of a notification. */
export function renderMessage(
  template: string,
  data: Record<string, unknown> = {}
): RenderedMessage {
  const render = MESSAGE_TEMPLATES[template]
  if (!render) throw new Error(`No message template "${template}"`)
  return render(data)
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The HTML body of an e-mail: the same text (one home for the wording), its
 * sentences as paragraphs and its links clickable, in a plain layout that
 * mail clients show alike.
 */
export function renderHtml(message: RenderedMessage): string {
  const paragraphs = message.text
    .replace(`【${SHOP_SIGNATURE}】`, "")
    .split(/(?<=[。！])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean)
    .map((sentence) =>
      escapeHtml(sentence).replace(
        /https?:\/\/[^\s<>"'，。]+/g,
        (url) => `<a href="${url}">${url}</a>`
      )
    )
    .map((sentence) => `<p style="margin:0 0 12px">${sentence}</p>`)
    .join("")
  return (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    `<title>${escapeHtml(message.subject)}</title></head>` +
    '<body style="font-family:sans-serif;font-size:15px;line-height:1.6;color:#222">' +
    `<h2 style="font-size:17px">${escapeHtml(SHOP_SIGNATURE)}</h2>${paragraphs}` +
    '<p style="color:#888;font-size:12px">本邮件由系统自动发送，请勿直接回复。</p></body></html>'
  )
}
