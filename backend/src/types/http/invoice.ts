/**
 * The request and response types of 发票 requests (store, unit area, admin),
 * free of server imports: used by the routes, the admin and the storefront.
 */
import type { UnitInvoice, UnitInvoiceType } from "./unit"

export const INVOICE_KINDS = ["normal", "special"] as const
export type InvoiceKind = UnitInvoiceType

export const INVOICE_KIND_LABELS: Record<InvoiceKind, string> = {
  normal: "普票",
  special: "专票",
}

/** 待开票, 已开票, 待红冲 (a refund came after issuing), 已红冲. */
export const INVOICE_STATUSES = ["pending", "issued", "needs_reversal", "reversed"] as const
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number]

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = {
  pending: "待开票",
  issued: "已开票",
  needs_reversal: "待红冲",
  reversed: "已红冲",
}

/** What a request is for: one order, or one bulk order (all its parcels). */
export type InvoiceTarget = { order_id: string } | { bulk_order_id: string }

/** One 发票 request as every caller reads it (the PDF only through the download route). */
export type InvoiceRequestDTO = {
  id: string
  order_id: string | null
  bulk_order_id: string | null
  unit_id: string | null
  kind: InvoiceKind
  title: string
  tax_id: string
  registered_address: string | null
  registered_phone: string | null
  bank_name: string | null
  bank_account: string | null
  /** decimal yuan, exact to the fen */
  amount: string
  email: string
  status: InvoiceStatus
  number: string | null
  /** China day, YYYY-MM-DD */
  issued_on: string | null
  has_file: boolean
  requested_by: string
  reversed_at: string | null
  flagged_at: string | null
  created_at: string
}

/** POST body of a request (the store and the unit area; the target comes from the path or body). */
export type InvoiceRequestInput = {
  kind: InvoiceKind
  title: string
  tax_id: string
  registered_address?: string | null
  registered_phone?: string | null
  bank_name?: string | null
  bank_account?: string | null
  amount: string
  email: string
}

/** The 发票 a buyer asks for at checkout (the amount is what the order paid). */
export type CheckoutInvoiceInput = Omit<InvoiceRequestInput, "amount">

/** POST /store/carts/:id/invoice-request `{ invoice_request: CheckoutInvoiceInput | null }` */
export type StoreCartInvoiceRequestResponse = {
  cart_id: string
  invoice_request: CheckoutInvoiceInput | null
}

/** What can still be invoiced for a target, decimal yuan. */
export type InvoiceableDTO = {
  paid: string
  refunded: string
  requested: string
  available: string
}

export type InvoiceRequestResponse = { invoice_request: InvoiceRequestDTO }
export type InvoiceRequestListResponse = {
  invoice_requests: InvoiceRequestDTO[]
  count: number
  offset: number
  limit: number
}
export type OrderInvoiceRequestsResponse = {
  invoice_requests: InvoiceRequestDTO[]
  invoiceable: InvoiceableDTO
  /**
   * GET /store/orders/:id/invoice-requests: the 发票 asked for at checkout (its kind and 抬头),
   * made into a request once the order is paid in full; null when none was asked for
   */
  checkout_invoice?: { kind: InvoiceKind; title: string } | null
}

/** POST /admin/invoice-requests/:id/issue */
export type AdminIssueInvoiceInput = { number: string; issued_on: string }

/** GET /store/units/me/invoice-requests */
export type StoreUnitInvoiceRequestsResponse = {
  invoice_requests: InvoiceRequestDTO[]
  /** the unit's invoice details, to fill a new request with */
  invoice_details: UnitInvoice
  /** what can still be invoiced of the order or bulk order named in the query */
  invoiceable: InvoiceableDTO | null
}

/** GET /admin/invoice-requests/:id */
export type AdminInvoiceRequestResponse = InvoiceRequestResponse & { invoiceable: InvoiceableDTO }

/** GET /admin/invoice-requests query */
export type AdminInvoiceRequestsParams = {
  status?: InvoiceStatus
  order_id?: string
  bulk_order_id?: string
  unit_id?: string
  q?: string
  limit?: number
  offset?: number
}
