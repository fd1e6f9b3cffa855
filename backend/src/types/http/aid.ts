/**
 * The aid ledger (帮扶台账) over HTTP: the admin's reports under /admin/aid,
 * the public counter GET /store/aid/impact and a customer's
 * GET /store/customers/me/orders/:id/aid. Amounts are decimal yuan text.
 */
import type { DateTimeString, DayString, ListResponse, YuanString } from "./common"

export const AID_ENTRY_KINDS = [
  "sale",
  "edit",
  "return",
  "refund",
  "cancellation",
  "correction",
] as const
export type AidEntryKind = (typeof AID_ENTRY_KINDS)[number]

export const AID_BUYER_KINDS = ["consumer", "unit"] as const
export type AidBuyerKind = (typeof AID_BUYER_KINDS)[number]

export const AID_GROUP_BY = ["town", "partner", "month", "buyer_kind", "unit"] as const
export type AidGroupBy = (typeof AID_GROUP_BY)[number]

/** Who started a reconciliation run: the nightly job or the support team. */
export const AID_RECONCILIATION_TRIGGERS = ["job", "admin"] as const
export type AidReconciliationTrigger = (typeof AID_RECONCILIATION_TRIGGERS)[number]

export const AID_EXPORT_FORMATS = ["csv", "xlsx"] as const
export type AidExportFormat = (typeof AID_EXPORT_FORMATS)[number]

/* ---------- admin reports ---------- */

/**
 * What the reports may be narrowed to: China-time days, buyer kind, a town or
 * partner by id or handle, a unit (单位) by id.
 */
export type AidReportScope = {
  from?: DayString
  to?: DayString
  buyer_kind?: AidBuyerKind
  town?: string
  partner?: string
  unit?: string
}

export type AidFigures = { amount: YuanString; quantity: number; orders: number }

export type AidSummaryRow = AidFigures & {
  /** town id, partner id, "YYYY-MM", buyer kind, or (group_by=unit) a unit id or "consumer" */
  key: string
  label: string
  /** group_by=town only: the town's target for `target_year`, or null */
  target?: YuanString | null
  /** group_by=town only: amount / target (1 = reached), or null without a target */
  progress?: number | null
}

/** GET /admin/aid/summary */
export type AdminAidSummaryResponse = {
  group_by: AidGroupBy
  from: DayString | null
  to: DayString | null
  /** group_by=town only */
  target_year?: number
  rows: AidSummaryRow[]
  total: AidFigures
}

/** Query of GET /admin/aid/summary. */
export type AdminAidSummaryParams = AidReportScope & { group_by?: AidGroupBy }
/** Query of GET /admin/aid/summary/export (answers a file). */
export type AdminAidSummaryExportParams = AdminAidSummaryParams & { format?: AidExportFormat }

/** One ledger entry with its town's and partner's names. */
export type AidEntry = {
  id: string
  entry_key: string
  kind: AidEntryKind
  order_id: string
  order_display_id: number | null
  line_item_id: string
  product_id: string | null
  variant_id: string | null
  product_title: string | null
  variant_title: string | null
  partner_id: string | null
  partner_name: string | null
  town_id: string | null
  town_name: string | null
  quantity: number
  amount: YuanString
  currency_code: string
  buyer_kind: AidBuyerKind
  unit_id: string | null
  customer_id: string | null
  occurred_at: DateTimeString
  day: DayString
}

/** GET /admin/aid/entries (and a farm's own, GET /admin/farm/entries), newest first. */
export type AdminAidEntryListResponse = ListResponse<"entries", AidEntry>

/** Query of GET /admin/aid/entries. */
export type AdminAidEntryListParams = AidReportScope & {
  order_id?: string
  kind?: AidEntryKind
  limit?: number
  offset?: number
}
/** Query of GET /admin/aid/entries/export (answers a file of at most 100,000 entries). */
export type AdminAidEntryExportParams = Omit<AdminAidEntryListParams, "limit" | "offset"> & {
  format?: AidExportFormat
}

export type AidTownTarget = { town_id: string; amount: YuanString }

/** GET and POST /admin/aid/targets: the towns' 帮扶销售目标 of a year. */
export type AdminAidTargetsResponse = { year: number; targets: AidTownTarget[] }

/** Query of GET /admin/aid/targets (default: this year in China). */
export type AdminAidTargetsParams = { year?: number }

/** Body of POST /admin/aid/targets: null (or 0) removes a town's target. */
export type AdminAidTargetsBody = {
  year: number
  targets: { town_id: string; amount: YuanString | number | null }[]
}

export type AidAwaitingPaymentTown = {
  town_id: string
  label: string
  amount: YuanString
  orders: number
}

/** Orders placed and not paid yet: kept apart from every aid figure. */
export type AidAwaitingPayment = {
  /** orders placed, not canceled, not paid yet */
  orders: number
  /** their item totals: what the ledger will credit once they are paid */
  amount: YuanString
  currency_code: string
  towns: AidAwaitingPaymentTown[]
}

/** GET /admin/aid/awaiting-payment (待付款（未计入）) */
export type AdminAidAwaitingPaymentResponse = { awaiting_payment: AidAwaitingPayment }

export type AidReconciliationMismatch = {
  order_id: string
  display_id: number | null
  ledger: YuanString
  expected: YuanString
  difference: YuanString
}

export type AidReconciliation = {
  id: string
  trigger: AidReconciliationTrigger
  orders_checked: number
  mismatch_count: number
  /** the sum of every difference, without sign */
  difference_total: YuanString
  mismatches: AidReconciliationMismatch[]
  started_at: DateTimeString
  finished_at: DateTimeString
}

/** GET /admin/aid/reconciliation (the latest run) and POST (a run now). */
export type AdminAidReconciliationResponse = { reconciliation: AidReconciliation | null }

/* ---------- store ---------- */

/** GET /store/aid/impact: the public counter ("已帮扶销售 ¥…，惠及 … 个合作主体"). */
export type StoreAidImpactResponse = {
  currency_code: string
  total: YuanString
  orders: number
  towns: { id: string; handle: string; name: string; amount: YuanString }[]
  /** partners that received any aid */
  partners: number
  households: number
}

/** "您的购买帮扶了": one order's aid by town, net of refunds and cancellations. */
export type StoreOrderAid = {
  order_id: string
  currency_code: string
  /** only paid money counts: an order not paid yet has no towns until it is */
  paid: boolean
  paid_at: DateTimeString | null
  total: YuanString
  towns: { town_id: string; name: string; amount: YuanString }[]
}

/** GET /store/customers/me/orders/:id/aid */
export type StoreOrderAidResponse = { aid: StoreOrderAid }
