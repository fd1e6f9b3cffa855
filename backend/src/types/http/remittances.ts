/**
 * 汇款认领 (remittances): bank credits as the statement shows them, matched to
 * what they pay by the reference in their 附言. The shapes of
 * /admin/remittances (free of server imports: the admin and the storefront use them too).
 */
import type { DateTimeString, DayString, ListResponse, YuanString } from "./common"

/**
 * Where a credit stands:
 * - `matched`: exact amount from the expected payer (or confirmed by a person): captured
 * - `underpaid` / `overpaid`: the amount differs from what is due: flagged, nothing captured
 * - `name_mismatch`: exact amount from another payer name: captured once a person confirms
 * - `unmatched`: no reference found, or what it names cannot be paid (see `reason`): in the queue
 */
export const REMITTANCE_STATUSES = [
  "matched",
  "underpaid",
  "overpaid",
  "name_mismatch",
  "unmatched",
] as const
export type RemittanceStatus = (typeof REMITTANCE_STATUSES)[number]

/**
 * Why a credit is not (or not yet) applied:
 * - `no_reference`: no reference code in the 附言
 * - `unknown_reference`: a code, but nothing it pays
 * - `several_references`: codes of different payments in one 附言
 * - `already_paid`: what it names is already paid (never captured twice)
 * - `canceled`: what it names is cancelled (the money is to be paid back)
 */
export const REMITTANCE_REASONS = [
  "no_reference",
  "unknown_reference",
  "several_references",
  "already_paid",
  "canceled",
] as const
export type RemittanceReason = (typeof REMITTANCE_REASONS)[number]

/** How the credit came in: typed by a person, or a row of an imported bank statement. */
export const REMITTANCE_SOURCES = ["manual", "import"] as const
export type RemittanceSource = (typeof REMITTANCE_SOURCES)[number]

/** What a reference pays: a single order's payment (a bulk order's orders plug in later). */
export type RemittanceTargetRef = { kind: string; id: string }

export type AdminRemittance = {
  id: string
  status: RemittanceStatus
  reason: RemittanceReason | null
  amount: YuanString
  currency_code: string
  /** 对方户名 */
  payer_name: string
  /** 对方账号 */
  payer_account: string | null
  /** 对方开户行 */
  bank: string | null
  /** China-time day the money arrived */
  paid_on: DayString
  /** the instant, when the statement gives one */
  paid_at: DateTimeString | null
  /** 流水号: never applied twice */
  bank_serial: string | null
  /** 摘要/附言 */
  remark: string | null
  source: RemittanceSource
  import_id: string | null
  import_row: number | null
  /** the reference it matched (normalised), when one was found */
  reference: string | null
  target: RemittanceTargetRef | null
  /** what was due when it was matched */
  expected_amount: YuanString | null
  /** the payer name expected (the first known), for a person comparing */
  expected_payer: string | null
  /** what it captured (0.00 until applied) */
  captured_amount: YuanString
  /** the payments it captured */
  payment_ids: string[]
  recorded_by: string | null
  confirmed_by: string | null
  confirmed_at: DateTimeString | null
  created_at: DateTimeString
}

/** POST /admin/remittances */
export type AdminCreateRemittanceBody = {
  /** decimal yuan, e.g. "1280.50" */
  amount: string | number
  payer_name: string
  /** a day (YYYY-MM-DD) or an instant (ISO 8601) */
  paid_at: string
  bank_serial?: string | null
  remark: string
  payer_account?: string | null
  bank?: string | null
}
export type AdminRemittanceResponse = { remittance: AdminRemittance }

/** GET /admin/remittances */
export type AdminRemittancesParams = {
  status?: RemittanceStatus
  q?: string
  limit?: number
  offset?: number
}
export type AdminRemittanceListResponse = ListResponse<"remittances", AdminRemittance>

/** POST /admin/remittances/:id/match */
export type AdminMatchRemittanceBody = { reference: string }

/** One row of an imported statement and what became of it. */
export type RemittanceImportRow = {
  /** the row's number in the file (1 = the first line) */
  row: number
  result: "recorded" | "duplicate" | "skipped" | "failed"
  /** the credit recorded, or the one already recorded with this serial */
  remittance: AdminRemittance | null
  /** why it was skipped, a duplicate, or failed (Chinese) */
  message: string | null
}

/** A problem of a row (or of the file: row 0) that stops the import; nothing is recorded. */
export type RemittanceImportError = { row: number; field: string | null; message: string }

export type RemittanceImportSummary = {
  rows: number
  recorded: number
  duplicates: number
  skipped: number
  failed: number
  by_status: Record<RemittanceStatus, number>
}

/** POST /admin/remittances/import (multipart `file`): 200 */
export type AdminRemittanceImportResponse = {
  import_id: string
  rows: RemittanceImportRow[]
  summary: RemittanceImportSummary
}

/** POST /admin/remittances/import: 400 for a bad file, nothing recorded */
export type AdminRemittanceImportErrorResponse = {
  type: "invalid_data"
  message: string
  errors: RemittanceImportError[]
}
