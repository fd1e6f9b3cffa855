import { sdk } from "./sdk"

/** Provider id of 对公转账 (backend/src/modules/bank-transfer/payee.ts). */
export const BANK_TRANSFER_PROVIDER_ID = "pp_bank-transfer_bank-transfer"

export type BankTransferState = "awaiting_transfer" | "received" | "canceled"
export type BankTransferFilter = BankTransferState | "partially_received"
export type ReceiptOutcome = "partial" | "paid" | "overpaid"

export type BankTransferReceipt = {
  id: string
  amount: string
  currency_code: string
  payer_name: string
  received_on: string | null
  note: string | null
  outcome: ReceiptOutcome
  recorded_by: { id: string; email: string | null } | null
  recorded_at: string
}

/** A 对公转账 payment as GET /admin/bank-transfer/payments answers it. */
export type BankTransfer = {
  id: string
  reference: string | null
  currency_code: string
  payee: { account_name: string; bank_name: string; account_number: string } | null
  state: BankTransferState
  amount: string
  received_amount: string
  outstanding_amount: string
  overpaid_amount: string
  partially_received: boolean
  created_at: string
  captured_at: string | null
  canceled_at: string | null
  deadline_at: string | null
  reminded_at: string | null
  receipt_count: number
  receipts: BankTransferReceipt[]
  order: {
    id: string
    display_id: number | null
    email: string | null
    status: string | null
    contact: string | null
    contact_kind: "mobile" | "email" | null
    recipient: string | null
    recipient_phone: string | null
  } | null
}

export type BankTransferListParams = {
  state?: BankTransferFilter
  q?: string
  order_id?: string
  limit?: number
  offset?: number
}

export type BankTransferListResponse = {
  payments: BankTransfer[]
  count: number
  limit: number
  offset: number
}

export type ReceiptBody = {
  amount: string
  payer_name: string
  received_on?: string | null
  note?: string | null
}

export type ReceiptResponse = { payment: BankTransfer; receipt: BankTransferReceipt }

const cleanQuery = (params: Record<string, string | number | undefined>) =>
  Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== undefined && value !== "")
  )

export const bankTransferApi = {
  list: (params: BankTransferListParams) =>
    sdk.client.fetch<BankTransferListResponse>("/admin/bank-transfer/payments", {
      query: cleanQuery(params),
    }),
  recordReceipt: (paymentId: string, body: ReceiptBody) =>
    sdk.client.fetch<ReceiptResponse>(`/admin/bank-transfer/payments/${paymentId}/receipts`, {
      method: "POST",
      body,
    }),
}

export const bankTransferQueryKeys = {
  all: ["meixian", "bank-transfer"] as const,
  list: (params: BankTransferListParams) => ["meixian", "bank-transfer", "list", params] as const,
}

/** The label key of where a payment stands: 部分到账 shows over 待到账. */
export const stateKey = (
  payment: Pick<BankTransfer, "state" | "partially_received">
): BankTransferFilter => (payment.partially_received ? "partially_received" : payment.state)
