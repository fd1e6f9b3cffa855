import type { Payee } from "../payee"
import type { NoticeFont } from "./font"

/** One row of what is paid for: a product, an order, a recipient's parcel… as the caller chooses. */
export type PaymentNoticeRow = {
  /** what it is, e.g. the product and its variant, or an order number */
  item: string
  /** more about it, e.g. a recipient or a delivery town */
  detail?: string | null
  quantity?: number | string | null
  /** decimal yuan, e.g. "128.00" */
  amount: string
}

/** What a 付款通知书 says. Amounts are decimal yuan strings, exact. */
export type PaymentNoticeInput = {
  /** the notice's number, e.g. the order's display id or the bulk order's reference */
  number: string
  issued_at: Date
  /** who pays: the unit (or buyer) as named on its transfer, and its credit code */
  payer: { name: string; credit_code?: string | null }
  payee: Payee
  /** the whole amount to transfer */
  amount: string
  /** the code the payer writes in the transfer's 附言 */
  reference: string
  /** pay by (shown in China time) */
  deadline: Date
  rows: PaymentNoticeRow[]
  /** printed under the standard notes */
  notes?: string[]
  /** default: PAYMENT_NOTICE_FONT(_FACE), see ./font.ts */
  font?: NoticeFont
}
