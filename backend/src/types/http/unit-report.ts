/**
 * The unit's yearly aid quota (年度帮扶额度) and its statements anyone can
 * verify (帮扶采购对账单): request and response types of
 * /store/units/me/quota, /store/units/me/statements, /store/statements/:code
 * and the admin's /admin/units/:id/statements and /admin/unit-quotas.
 * Amounts are decimal yuan strings, exact to the fen.
 */

/** How a target is set: an amount, or an allowance per member × headcount. */
export const UNIT_QUOTA_BASES = ["amount", "per_member"] as const
export type UnitQuotaBasis = (typeof UNIT_QUOTA_BASES)[number]

export type UnitQuota = {
  year: number
  basis: UnitQuotaBasis
  /** the target in yuan (for per_member: per_member × headcount, exact to the fen) */
  amount: string
  per_member: string | null
  headcount: number | null
  updated_at: string
}

/** What the ledger holds for the unit in the year: paid money net of refunds. */
export type UnitQuotaProgress = {
  year: number
  total: string
  /** total ÷ target in percent, one decimal (null without a target) */
  percent: number | null
  months: { month: string; amount: string }[]
  towns: { town_id: string; name: string; amount: string }[]
}

export type StoreUnitQuotaParams = { year?: number }
export type StoreUnitQuotaBody =
  | { year: number; basis: "amount"; amount: string | number }
  | { year: number; basis: "per_member"; per_member: string | number; headcount: number }
export type StoreUnitQuotaResponse = { quota: UnitQuota | null; progress: UnitQuotaProgress }

/** One unit's row in the admin's quota table. */
export type AdminUnitQuotaRow = {
  unit_id: string
  unit_name: string
  quota: UnitQuota | null
  total: string
  percent: number | null
}
export type AdminUnitQuotaListResponse = { year: number; units: AdminUnitQuotaRow[] }

export type UnitStatementTown = { town_id: string | null; name: string; amount: string }
export type UnitStatementPartner = { partner_id: string | null; name: string; amount: string }
/** One order of the period: what was paid, what went back, the net. */
export type UnitStatementOrder = {
  order_id: string
  display_id: number | null
  /** the China day of its first entry in the period (the payment) */
  date: string
  paid: string
  refunded: string
  net: string
}

export type UnitStatement = {
  id: string
  /** the verification code, 20 characters of Crockford's base32 (100 bits) */
  code: string
  unit_id: string
  unit_name: string
  credit_code: string
  period: { from: string; to: string }
  /** paid money net of refunds */
  total: string
  paid_total: string
  refunded_total: string
  towns: UnitStatementTown[]
  partners: UnitStatementPartner[]
  orders: UnitStatementOrder[]
  entry_count: number
  issued_at: string
  issued_by: "unit" | "support"
}

/** A statement in a list (reprint): without its order lines. */
export type UnitStatementSummary = Omit<UnitStatement, "orders" | "partners"> & {
  current: boolean
}

export type StoreUnitStatementBody = { from: string; to: string }
export type StoreUnitStatementResponse = {
  statement: UnitStatement
  pdf_url: string
  xlsx_url: string
}
export type StoreUnitStatementListResponse = { statements: UnitStatementSummary[] }
export type AdminUnitStatementBody = StoreUnitStatementBody
export type AdminUnitStatementResponse = StoreUnitStatementResponse
export type AdminUnitStatementListResponse = StoreUnitStatementListResponse

/** The public answer of GET /store/statements/:code: nothing else of the unit. */
export type StoreStatementVerifyResponse = {
  statement: {
    unit_name: string
    period: { from: string; to: string }
    total: string
    towns: { name: string; amount: string }[]
    issued_at: string
    current: boolean
  }
}
