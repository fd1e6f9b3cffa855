/**
 * Bulk orders (批量下单) over HTTP: a unit's 采购员 uploads the template's rows
 * (one recipient's parcel per row, or one delivery address for the whole
 * order), previews them, and submits; the shop creates one Medusa order per
 * parcel grouped by a bulk order that is paid with one bank transfer.
 *
 * Routes: /store/units/me/bulk-orders (template, preview, create, list, one,
 * error file, payment notice) and /admin/bulk-orders (the support team).
 * Amounts are decimal yuan strings ("12.50") as the shop's API writes them.
 */
import type { DateTimeString } from "./common"
import type { Payee } from "./payments"

/**
 * The template's columns, in order: the JSON body's row keys and the
 * spreadsheet's Chinese headers (the parser also accepts the keys as headers).
 */
export const BULK_ROW_COLUMNS = [
  "recipient",
  "mobile",
  "province",
  "city",
  "district",
  "address",
  "sku",
  "quantity",
  "note",
] as const
export type BulkRowColumn = (typeof BULK_ROW_COLUMNS)[number]

export const BULK_ROW_HEADERS: Record<BulkRowColumn, string> = {
  recipient: "收货人",
  mobile: "手机号",
  province: "省",
  city: "市",
  district: "区/县",
  address: "详细地址",
  sku: "商品编码",
  quantity: "数量",
  note: "备注",
}

/** One row as the buyer wrote it (spreadsheet cells or JSON): text, checked by the server. */
export type BulkRowInput = Partial<Record<BulkRowColumn, string | number | null>>

/** One delivery address for the whole order (the rows then carry only sku, quantity, note). */
export type BulkDeliveryInput = {
  recipient: string
  mobile: string
  province: string
  city: string
  district: string
  address: string
}

/** JSON body of preview and create (the multipart form has `file` plus these fields as text). */
export type StoreBulkOrderBody = {
  rows: BulkRowInput[]
  delivery?: BulkDeliveryInput | null
  /** The unit's purchase-order number (采购单号), printed on the notice and every order. */
  po_number?: string | null
  note?: string | null
}

/** Row numbers are the spreadsheet's (the header is row 1, the first data row 2); JSON rows count from 2 too. */
export type BulkRowError = {
  row: number
  /** A column key, or null for the whole row (e.g. a duplicate) or the file. */
  field: BulkRowColumn | "file" | null
  message: string
}

/** A valid row, resolved: what the shop will ship and charge. */
export type BulkRowResolved = {
  row: number
  recipient: string
  mobile: string
  province: string
  city: string
  district: string
  /** GB/T 2260 codes of the province, city and district. */
  province_code: string
  city_code: string
  district_code: string
  address: string
  sku: string
  quantity: number
  note: string | null
  variant_id: string
  product_id: string
  product_title: string
  variant_title: string
  partner_id: string
  partner_name: string
  town_id: string
  town_name: string
  unit_price: string
  line_total: string
  /** The pre-sale ship date (China-time day) when the product is sold ahead of its harvest. */
  ships_from: string | null
}

export type BulkTotalsLine = {
  id: string
  label: string
  quantity: number
  amount: string
}

export type BulkProductTotal = BulkTotalsLine & {
  sku: string
  unit_price: string
  /** The unit price tier the whole order reached for this product (min quantity), null for the base price. */
  tier_min_quantity: number | null
  /** The next tier, if any: from how many, at what price. */
  next_tier: { min_quantity: number; unit_price: string } | null
}

export type BulkTotals = {
  currency_code: string
  /** Parcels = orders to be created (recipients, or 1 with one delivery address). */
  parcels: number
  quantity: number
  item_total: string
  shipping_total: string
  total: string
  by_product: BulkProductTotal[]
  by_partner: BulkTotalsLine[]
  by_town: BulkTotalsLine[]
}

export type StoreBulkOrderPreviewResponse = {
  valid: boolean
  rows: BulkRowResolved[]
  errors: BulkRowError[]
  /** Totals of the valid rows (all rows when `valid`). */
  totals: BulkTotals
}

/**
 * 待付款 / 付款处理中 (the remittance arrived; the orders are being captured in
 * the background) / 已付款 / 已取消
 */
export const BULK_ORDER_STATUSES = ["awaiting_payment", "paying", "paid", "canceled"] as const
export type BulkOrderStatus = (typeof BULK_ORDER_STATUSES)[number]

export const BULK_ORDER_STATUS_LABELS: Record<BulkOrderStatus, string> = {
  awaiting_payment: "待付款",
  paying: "付款处理中",
  paid: "已付款",
  canceled: "已取消",
}

export type BulkOrderParcel = {
  id: string
  display_id: number
  recipient: string
  mobile: string
  address: string
  total: string
  /** Medusa's order status and fulfillment status, for per-recipient progress. */
  status: string
  fulfillment_status: string
  /**
   * Medusa's payment status of the order (not_paid, awaiting, authorized,
   * captured, partially_refunded, refunded, canceled, ...): a refund of one
   * parcel shows on that parcel only.
   */
  payment_status: string
  items: { sku: string; title: string; quantity: number; unit_price: string }[]
}

export type StoreBulkOrder = {
  id: string
  unit_id: string
  reference: string
  amount: string
  currency_code: string
  status: BulkOrderStatus
  payment_deadline: DateTimeString
  po_number: string | null
  note: string | null
  paid_at: DateTimeString | null
  canceled_at: DateTimeString | null
  created_at: DateTimeString
  parcels: number
  /**
   * While `paying` (and once paid): how many of the parcels' payments are
   * captured; `error` is set when captures keep failing (the support team
   * is told; the background job keeps retrying). Null before payment.
   */
  payment_progress: BulkPaymentProgress | null
  orders: BulkOrderParcel[]
}

export type BulkPaymentProgress = {
  captured: number
  total: number
  started_at: DateTimeString | null
  /** failed background runs in a row */
  failures: number
  error: string | null
}

export type StoreBulkOrderResponse = { bulk_order: StoreBulkOrder }

/** GET /store/units/me/bulk-orders/:id: the bulk order, and the account to transfer to (the shop's). */
export type StoreBulkOrderDetailResponse = StoreBulkOrderResponse & { payee: Payee }

export type StoreBulkOrderErrorResponse = {
  type: "invalid_data"
  message: string
  errors: BulkRowError[]
}

/** A bulk order in a list (without its orders). */
export type BulkOrderSummary = Omit<StoreBulkOrder, "orders">

export type StoreBulkOrderListResponse = {
  bulk_orders: BulkOrderSummary[]
  count: number
  limit: number
  offset: number
}

/** The support team's view: the unit named. */
export type AdminBulkOrderSummary = BulkOrderSummary & {
  unit: { id: string; name: string } | null
  cancel_reason: string | null
}
export type AdminBulkOrder = StoreBulkOrder & {
  unit: { id: string; name: string } | null
  cancel_reason: string | null
}

/** GET /admin/bulk-orders: by status, unit, `q` (reference or PO number); paged. */
export type AdminBulkOrderListParams = {
  status?: BulkOrderStatus
  unit_id?: string
  q?: string
  limit?: number
  offset?: number
}

export type AdminBulkOrderListResponse = {
  bulk_orders: AdminBulkOrderSummary[]
  count: number
  limit: number
  offset: number
}

export type AdminBulkOrderResponse = { bulk_order: AdminBulkOrder }
