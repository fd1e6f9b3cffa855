/**
 * Quotes (询价) of unit purchases over HTTP: a unit member asks for a price on a
 * cart (/store/units/me/quotes), the support team answers with line prices,
 * shipping and terms (/admin/quotes), the unit accepts (the order is placed at
 * the quoted prices, once) or declines. Amounts are decimal yuan text.
 */
import type { BulkDeliveryInput, BulkRowInput } from "./bulk-order"
import type { DateTimeString, ListResponse, YuanString } from "./common"

/** 待报价 / 已报价 / 已接受 / 已拒绝 / 已过期 / 已取消 */
export const QUOTE_STATUSES = [
  "requested",
  "quoted",
  "accepted",
  "declined",
  "expired",
  "cancelled",
] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]

export const QUOTE_STATUS_LABELS: Record<QuoteStatus, string> = {
  requested: "待报价",
  quoted: "已报价",
  accepted: "已接受",
  declined: "已拒绝",
  expired: "已过期",
  cancelled: "已取消",
}

export type QuoteLine = {
  id: string
  variant_id: string
  title: string
  quantity: number
  /** the shop's price when requested */
  list_price: YuanString
  /** the support team's price (null until quoted) */
  quoted_price: YuanString | null
  total: YuanString
}

export type Quote = {
  id: string
  /** human reference shown to both sides, e.g. XJ20261201-0007 */
  display_id: string
  unit_id: string
  status: QuoteStatus
  message: string | null
  lines: QuoteLine[]
  /** recipient and address copied from the cart */
  recipient: { name: string; phone: string | null; address: string }
  subtotal: YuanString
  shipping: YuanString | null
  total: YuanString
  /** terms set by the support team */
  valid_until: DateTimeString | null
  delivery_from: string | null
  delivery_to: string | null
  terms: string | null
  requested_by: string
  requested_at: DateTimeString
  quoted_at: DateTimeString | null
  decided_at: DateTimeString | null
  decline_reason: string | null
  /** when acceptance needs the unit's approval first (the unit's approval policy) */
  approval_id: string | null
  order_id: string | null
  /** a cart, or a bulk-order file (then `bulk` says for whom; `recipient` is its first parcel's) */
  source: QuoteSource
  bulk: QuoteBulk | null
}

export type StoreCreateQuoteInput = { cart_id: string; message?: string | null }
export type StoreDeclineQuoteInput = { reason?: string | null }
export type StoreQuoteResponse = { quote: Quote }
export type StoreQuoteListResponse = ListResponse<"quotes", Quote>
/** accept: either the order is placed (order_id) or an approval is requested first (approval_id) */
export type StoreAcceptQuoteResponse = {
  quote: Quote
  order_id: string | null
  approval_id: string | null
  /** a bulk-order quote's bulk order (one order per recipient), once placed */
  bulk_order_id?: string | null
}

export type AdminQuote = Quote & { unit_name: string }
export type AdminQuoteListResponse = ListResponse<"quotes", AdminQuote>
export type AdminQuoteResponse = { quote: AdminQuote }
export type AdminUpdateQuoteInput = {
  lines?: { id: string; quoted_price: string | number }[]
  shipping?: string | number | null
  valid_until?: string | null
  delivery_from?: string | null
  delivery_to?: string | null
  terms?: string | null
}

// --- quotes from a bulk-order file (source "bulk_order") ---

export const QUOTE_SOURCES = ["cart", "bulk_order"] as const
export type QuoteSource = (typeof QUOTE_SOURCES)[number]

/** One recipient's parcel of a bulk-order quote (one Medusa order each once accepted). */
export type QuoteParcel = {
  recipient: string
  mobile: string
  address: string
  items: { sku: string; title: string; quantity: number }[]
}

export type QuoteBulk = {
  /** how many recipients (parcels, orders) */
  recipients: number
  parcels: QuoteParcel[]
  po_number: string | null
  note: string | null
  /** the bulk order its acceptance created */
  bulk_order_id: string | null
}

/**
 * POST /store/units/me/quotes from a bulk-order file's rows, as the bulk-order
 * routes take them (the storefront sends the previewed rows); the server
 * checks and prices every row itself, and refuses any other field.
 */
export type StoreCreateBulkQuoteInput = {
  source: "bulk_order"
  rows: BulkRowInput[]
  delivery?: BulkDeliveryInput | null
  po_number?: string | null
  note?: string | null
  message?: string | null
}
