/** Shapes returned by the shop's provenance admin API (src/api/admin). */

import type { PartnerKind } from "../../shared/provenance"

export { PARTNER_KINDS, type PartnerKind } from "../../shared/provenance"

export type Village = {
  id: string
  name: string
}

export type TownRef = {
  id: string
  handle: string
  name: string
}

/** A partner as listed inside GET /admin/towns/:id. */
export type TownPartner = {
  id: string
  handle: string
  name: string
  kind: PartnerKind
  households_involved: number
  is_active: boolean
}

export type Town = TownRef & {
  name_pinyin: string
  district: string | null
  summary: string | null
  description: string | null
  specialties: string[] | null
  rank: number
  villages: Village[]
  updated_at?: string
  /** List endpoint only. */
  partner_count?: number
  /** Detail endpoint only. */
  partners?: TownPartner[]
}

export type Certificate = {
  name: string
  number?: string
  issuer?: string
  /** YYYY-MM-DD */
  valid_until?: string
}

export type PartnerProduct = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
}

export type Partner = {
  id: string
  handle: string
  name: string
  kind: PartnerKind
  address: string | null
  contact_name: string | null
  contact_phone: string | null
  households_involved: number
  certificates: Certificate[] | null
  summary: string | null
  story: string | null
  main_products: string | null
  is_active: boolean
  town: TownRef | null
  village: Village | null
  stock_location: { id: string; name: string } | null
  updated_at?: string
  /** List endpoint only. */
  product_count?: number
  /** Detail endpoint only. */
  products?: PartnerProduct[]
}

export type ListResponse<K extends string, T> = { [key in K]: T[] } & {
  count: number
  limit: number
  offset: number
}

export type TownListResponse = ListResponse<"towns", Town>
export type PartnerListResponse = ListResponse<"partners", Partner>

export type ProductPartnerResponse = {
  product_id: string
  partner: {
    id: string
    handle: string
    name: string
    kind: PartnerKind
    town: TownRef | null
  } | null
}

/** Body of POST /admin/towns and (all optional) POST /admin/towns/:id. */
export type TownBody = {
  handle?: string
  name?: string
  name_pinyin?: string
  district?: string
  summary?: string | null
  description?: string | null
  specialties?: string[] | null
  rank?: number
  villages?: string[]
}

/** Body of POST /admin/partners and (all optional) POST /admin/partners/:id. */
export type PartnerBody = {
  handle?: string
  name?: string
  kind?: PartnerKind
  town_id?: string
  village_id?: string | null
  address?: string | null
  contact_name?: string | null
  contact_phone?: string | null
  households_involved?: number
  certificates?: Certificate[] | null
  summary?: string | null
  story?: string | null
  main_products?: string | null
  is_active?: boolean
}

export type ProductProvenanceRow = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  partner: { id: string; name: string; town: { id: string; name: string } | null } | null
}

export type ProductProvenanceResponse = ListResponse<"products", ProductProvenanceRow> & {
  unassigned_count: number
}

/* Aid ledger reports (src/api/admin/aid). Amounts are yuan as decimal strings ("1234.50"). */

export const AID_BUYER_KINDS = ["consumer", "unit"] as const
export type AidBuyerKind = (typeof AID_BUYER_KINDS)[number]

export const AID_ENTRY_KINDS = [
  "sale",
  "edit",
  "return",
  "refund",
  "cancellation",
  "correction",
] as const
export type AidEntryKind = (typeof AID_ENTRY_KINDS)[number]

export type AidGroupBy = "town" | "partner" | "month" | "buyer_kind"

export type AidFigures = {
  amount: string
  quantity: number
  orders: number
}

export type AidSummaryRow = AidFigures & {
  /** town id, partner id, "YYYY-MM" or buyer kind; null for sales not attributed to a town or partner */
  key: string | null
  label: string
  /** group_by=town only: the town's target for `target_year`, or null */
  target?: string | null
  /** group_by=town only: amount / target (1 = reached), or null without a target */
  progress?: number | null
}

export type AidSummary = {
  group_by: AidGroupBy
  from: string | null
  to: string | null
  target_year?: number
  rows: AidSummaryRow[]
  total: AidFigures
}

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
  amount: string
  currency_code: string
  buyer_kind: AidBuyerKind
  unit_id: string | null
  customer_id: string | null
  occurred_at: string
  day: string
}

export type AidEntryListResponse = ListResponse<"entries", AidEntry>

/** GET /admin/aid/awaiting-payment: orders placed and not paid yet, not part of any aid figure. */
export type AidAwaitingPayment = {
  orders: number
  /** their item totals: what the ledger credits once they are paid */
  amount: string
  currency_code: string
  towns: { town_id: string; label: string; amount: string; orders: number }[]
}

export type AidAwaitingPaymentResponse = { awaiting_payment: AidAwaitingPayment }

export type AidTownTarget = {
  town_id: string
  amount: string
}

export type AidTargetsResponse = {
  year: number
  targets: AidTownTarget[]
}

/** Body of POST /admin/aid/targets; a null amount removes the town's target. */
export type AidTargetsBody = {
  year: number
  targets: { town_id: string; amount: string | null }[]
}

export type AidReconciliationMismatch = {
  order_id: string
  display_id: number | null
  ledger: string
  expected: string
  difference: string
}

export type AidReconciliation = {
  id: string
  trigger: "job" | "admin"
  orders_checked: number
  mismatch_count: number
  /** sum of the differences without sign */
  difference_total: string
  mismatches: AidReconciliationMismatch[]
  started_at: string
  finished_at: string
}

export type AidReconciliationResponse = {
  reconciliation: AidReconciliation | null
}
