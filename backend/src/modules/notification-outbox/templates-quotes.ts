/**
 * The quote (询价) messages to the member who asked for a price
 * (backend/src/workflows/quote/notices.ts): sent by the support team, and
 * the day before it expires. Data: display_id, unit_name, total (yuan),
 * valid_until (ISO), url (the quote in the storefront's unit area).
 */
import { chinaDateTimeText } from "../../shared/china-time"
import { formatYuan } from "../../shared/money"
import { SHOP_SIGNATURE, str, type Template } from "./templates-orders"

export const QUOTE_TEMPLATES: Record<string, Template> = {
  /** the support team sent the quote (or sent it again after a change) */
  "quote-sent": (data) => ({
    subject: `【${SHOP_SIGNATURE}】询价单 ${str(data.display_id)} 已报价`,
    text:
      `【${SHOP_SIGNATURE}】${str(data.unit_name)}的询价单 ${str(data.display_id)} 已报价，` +
      `合计 ${formatYuan(str(data.total))}（含运费），报价有效期至 ${chinaDateTimeText(str(data.valid_until) || null)}。` +
      `请在有效期内登录单位专区查看报价明细并接受或拒绝：${str(data.url)}`,
  }),

  /** the day before a sent quote expires (once per validity) */
  "quote-expiring": (data) => ({
    subject: `【${SHOP_SIGNATURE}】询价单 ${str(data.display_id)} 即将到期`,
    text:
      `【${SHOP_SIGNATURE}】${str(data.unit_name)}的询价单 ${str(data.display_id)}（合计 ${formatYuan(str(data.total))}）` +
      `将于 ${chinaDateTimeText(str(data.valid_until) || null)} 到期，过期后不能再接受。` +
      `如需按此报价采购，请尽快登录单位专区确认：${str(data.url)}`,
  }),
}
