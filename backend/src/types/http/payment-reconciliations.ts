/**
 * 支付对账: each online provider's daily bill compared with Medusa's payments
 * and refunds of the same China day (backend/src/modules/payment-reconciliation).
 */

export const RECONCILIATION_PROVIDERS = ["wechatpay", "alipay"] as const
export type ReconciliationProvider = (typeof RECONCILIATION_PROVIDERS)[number]

/** balanced: no difference; differences: at least one; failed: the bill could not be read. */
export const RECONCILIATION_STATUSES = ["balanced", "differences", "failed"] as const
export type ReconciliationStatus = (typeof RECONCILIATION_STATUSES)[number]

/**
 * missing_in_shop: the provider took the money (or refunded it) and the shop
 * has no such capture/refund; missing_in_bill: the shop recorded it and the
 * provider's bill has no such line; amount_mismatch: both have it, not the same amount.
 */
export const DIFFERENCE_KINDS = ["missing_in_shop", "missing_in_bill", "amount_mismatch"] as const
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number]

export const DIFFERENCE_DIRECTIONS = ["payment", "refund"] as const
export type DifferenceDirection = (typeof DIFFERENCE_DIRECTIONS)[number]

export type PaymentReconciliationDifference = {
  id: string
  kind: DifferenceKind
  direction: DifferenceDirection
  out_trade_no: string
  transaction_id: string | null
  /** decimal yuan; null when that side has nothing */
  bill_amount: string | null
  shop_amount: string | null
  payment_id: string | null
  order_id: string | null
  display_id: number | null
  resolved_at: string | null
  resolved_by: string | null
  resolution_note: string | null
}

export type PaymentReconciliationRun = {
  id: string
  provider: ReconciliationProvider
  /** China day of the bill, YYYY-MM-DD */
  bill_date: string
  status: ReconciliationStatus
  bill_count: number
  shop_count: number
  /** net yuan of the day: payments minus refunds */
  bill_total: string
  shop_total: string
  difference_count: number
  unresolved_count: number
  error: string | null
  trigger: "job" | "admin"
  created_at: string
  updated_at: string
}

export type AdminPaymentReconciliationsParams = {
  provider?: ReconciliationProvider
  status?: ReconciliationStatus
  from?: string
  to?: string
  limit?: number
  offset?: number
}

export type AdminPaymentReconciliationListResponse = {
  runs: PaymentReconciliationRun[]
  /** the providers whose bills the shop reads (configured) */
  providers: ReconciliationProvider[]
  count: number
  offset: number
  limit: number
}

export type AdminPaymentReconciliationResponse = {
  run: PaymentReconciliationRun & { differences: PaymentReconciliationDifference[] }
}

/** POST /admin/payment-reconciliations: (re)run one provider's day. */
export type AdminRunPaymentReconciliationRequest = {
  provider: ReconciliationProvider
  bill_date: string
}

/** POST /admin/payment-reconciliations/:id/differences/:difference_id/resolve */
export type AdminResolveReconciliationDifferenceRequest = { note: string }
