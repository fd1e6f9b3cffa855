/**
 * The buyer's order messages (backend/src/subscribers/order-notices.ts and the
 * pre-sale reminder job): placed, paid, shipped, refunded, pre-sale shipping
 * date. Data are plain strings the sender prepared: amounts in yuan as
 * Medusa stores them ("1280.50"), instants as ISO strings, dates YYYY-MM-DD.
 */
import { chinaDateTimeText } from "../../shared/china-time"
import { formatYuan } from "../../shared/money"

export type RenderedMessage = { subject: string; text: string }
export type Template = (data: Record<string, unknown>) => RenderedMessage

export const SHOP_SIGNATURE = "梅县消费帮扶商城"

export const str = (value: unknown) => (value === undefined || value === null ? "" : String(value))

/** The payee and terms of a 对公转账 order, as the bank-transfer provider fixed them. */
export type TransferTerms = {
  amount?: string
  reference?: string
  deadline_at?: string
  payee?: { account_name?: string; bank_name?: string; account_number?: string }
}

/** Data of the order messages. */
export type OrderNotice = {
  display_id?: number | string
  /** the order's total (placed), what arrived (paid) or was refunded (refunded) */
  amount?: string
  /** 对公转账 orders: the transfer instructions */
  transfer?: TransferTerms
  /** shipped: the carrier (a code of the farm's list or a name) and the tracking number */
  carrier?: string
  tracking_number?: string
  /** pre-sale: the day the lines ship from, and the products */
  ships_on?: string
  products?: string
}

/** The carriers the farms pick from (backend/src/admin/i18n/farm.ts) by code. */
export const CARRIER_NAMES: Record<string, string> = {
  sf: "顺丰速运",
  ems: "中国邮政 EMS",
  jd: "京东物流",
  zto: "中通快递",
  yto: "圆通速递",
  yunda: "韵达快递",
}

export const carrierName = (carrier: unknown) => {
  const value = str(carrier).trim()
  return CARRIER_NAMES[value.toLowerCase()] ?? (value || "快递")
}

/** "2026-12-08" → "12月8日" (a pre-sale shipping day); anything else as is. */
export function monthDayText(day: unknown): string {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(str(day))
  return match ? `${Number(match[1])}月${Number(match[2])}日` : str(day)
}

const transferText = (t: TransferTerms) =>
  `请于 ${chinaDateTimeText(t.deadline_at)} 前对公转账 ${formatYuan(t.amount)} 至` +
  ` ${str(t.payee?.account_name)}（开户行 ${str(t.payee?.bank_name)}，账号 ${str(t.payee?.account_number)}），` +
  `转账附言请填写付款识别码 ${str(t.reference)}，以便核对到账。逾期未付订单将自动取消。`

export const ORDER_TEMPLATES: Record<string, Template> = {
  /** an order was placed (paid online, or anything but 对公转账) */
  "order-placed": (data) => {
    const n = data as OrderNotice
    return {
      subject: `【${SHOP_SIGNATURE}】订单 #${str(n.display_id)} 已提交`,
      text:
        `【${SHOP_SIGNATURE}】您的订单 #${str(n.display_id)} 已提交，订单金额 ${formatYuan(n.amount)}。` +
        "付款到账后我们会再通知您，发货时会告知快递公司和运单号。感谢您支持梅县消费帮扶！",
    }
  },

  /** an order paid by 对公转账 was placed: the transfer instructions */
  "order-placed-transfer": (data) => {
    const n = data as OrderNotice
    return {
      subject: `【${SHOP_SIGNATURE}】订单 #${str(n.display_id)} 已提交，请对公转账`,
      text:
        `【${SHOP_SIGNATURE}】您的订单 #${str(n.display_id)} 已提交，订单金额 ${formatYuan(n.amount)}。` +
        transferText(n.transfer ?? {}) +
        " 可在订单页下载付款通知书。",
    }
  },

  /** the order's payment arrived in full */
  "order-paid": (data) => {
    const n = data as OrderNotice
    return {
      subject: `【${SHOP_SIGNATURE}】订单 #${str(n.display_id)} 已到账`,
      text:
        `【${SHOP_SIGNATURE}】您的订单 #${str(n.display_id)} 货款 ${formatYuan(n.amount)} 已到账，` +
        "农户正在备货，发货后会通知您运单号。",
    }
  },

  /** a parcel of the order was shipped */
  "order-shipped": (data) => {
    const n = data as OrderNotice
    const tracking = str(n.tracking_number)
    return {
      subject: `【${SHOP_SIGNATURE}】订单 #${str(n.display_id)} 已发货`,
      text:
        `【${SHOP_SIGNATURE}】您的订单 #${str(n.display_id)} 已发货，${carrierName(n.carrier)}` +
        (tracking ? `运单号 ${tracking}` : "") +
        "，请留意查收。生鲜产品请尽快签收并冷藏。",
    }
  },

  /** a refund was made */
  "order-refunded": (data) => {
    const n = data as OrderNotice
    return {
      subject: `【${SHOP_SIGNATURE}】订单 #${str(n.display_id)} 已退款`,
      text:
        `【${SHOP_SIGNATURE}】您的订单 #${str(n.display_id)} 已退款 ${formatYuan(n.amount)}，` +
        "款项将原路退回，到账时间以银行或支付平台为准。",
    }
  },

  /** the day before a pre-sale line's shipping date */
  "presale-ship-reminder": (data) => {
    const n = data as OrderNotice
    return {
      subject: `【${SHOP_SIGNATURE}】订单 #${str(n.display_id)} 预售商品即将发货`,
      text:
        `【${SHOP_SIGNATURE}】您订单 #${str(n.display_id)} 中的预售商品（${str(n.products)}）` +
        `将于 ${monthDayText(n.ships_on)} 起发货，请保持电话畅通，留意查收。`,
    }
  },
}
