/**
 * A farm's sales over HTTP: the lines of its products in paid orders, the
 * shipments it sends (/admin/farm/order-lines, /admin/farm/shipments), its
 * aid-ledger entries and monthly statement (/admin/farm/entries,
 * /admin/farm/statement). The rest of the farm routes: farm.ts.
 */
import type { AidEntry } from "./aid"
import type { DateTimeString, DayString, ListResponse, YuanString } from "./common"
import type { FarmPartnerParams } from "./farm"

export const FARM_ORDER_LINE_STATUSES = ["open", "all"] as const
export type FarmOrderLineStatus = (typeof FARM_ORDER_LINE_STATUSES)[number]

export const FARM_STATEMENT_FORMATS = ["json", "csv"] as const
export type FarmStatementFormat = (typeof FARM_STATEMENT_FORMATS)[number]

/* ---------- order lines and shipments ---------- */

export type FarmOrderLineRecipient = {
  /** 姓 then 名 */
  name: string
  phone: string | null
  address: string
  postal_code: string | null
}

export type FarmShipment = {
  fulfillment_id: string
  carrier: string | null
  tracking_numbers: string[]
  shipped_at: DateTimeString | null
}

/** A line of the farm's products in a paid order not canceled. */
export type FarmOrderLine = {
  id: string
  order_id: string
  order_display_id: number
  placed_at: DateTimeString
  /** when the order was paid; farms only see paid orders' lines */
  paid_at: DateTimeString | null
  product_id: string
  product_title: string
  variant_id: string
  variant_title: string | null
  sku: string | null
  quantity: number
  fulfilled_quantity: number
  shipped_quantity: number
  unshipped_quantity: number
  shipping_profile_id: string | null
  shipping_method: string | null
  recipient: FarmOrderLineRecipient | null
  shipments: FarmShipment[]
}

/** GET /admin/farm/order-lines, newest order first. */
export type AdminFarmOrderLineListResponse = ListResponse<"order_lines", FarmOrderLine>

/** Query of GET /admin/farm/order-lines (`open`, the default: units still to ship). */
export type AdminFarmOrderLineListParams = FarmPartnerParams & {
  status?: FarmOrderLineStatus
  limit?: number
  offset?: number
}

/** Body of POST /admin/farm/shipments: lines of one paid order, shipped as one parcel. */
export type AdminFarmShipmentBody = {
  order_id: string
  items: { id: string; quantity: number }[]
  carrier: string
  tracking_number: string
}

/** POST /admin/farm/shipments (201): the fulfillment and the shipped lines, re-read. */
export type AdminFarmShipmentResponse = { fulfillment_id: string; order_lines: FarmOrderLine[] }

/* ---------- ledger and statement ---------- */

/** GET /admin/farm/entries: the farm's own aid-ledger entries, newest first. */
export type AdminFarmEntryListResponse = ListResponse<"entries", AidEntry>

/** Query of GET /admin/farm/entries. */
export type AdminFarmEntryListParams = FarmPartnerParams & {
  from?: DayString
  to?: DayString
  limit?: number
  offset?: number
}

export type FarmStatementRow = {
  product_title: string | null
  variant_title: string | null
  quantity: number
  amount: YuanString
}

/** GET /admin/farm/statement (format=json): the month's 对账单 from the aid ledger, oldest entry first. */
export type AdminFarmStatementResponse = {
  /** YYYY-MM */
  month: string
  from: DayString
  to: DayString
  partner: { id: string; name: string }
  rows: FarmStatementRow[]
  entries: AidEntry[]
  total: { amount: YuanString; quantity: number; orders: number }
}

/** Query of GET /admin/farm/statement (format=csv answers a file). */
export type AdminFarmStatementParams = FarmPartnerParams & {
  /** YYYY-MM; default: this month in China */
  month?: string
  format?: FarmStatementFormat
}
