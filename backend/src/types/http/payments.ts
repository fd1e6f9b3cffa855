/**
 * 对公转账 (bank transfer) over HTTP: the admin's payments list and 确认到账
 * (/admin/bank-transfer/payments, …/:id/receipts) and what a buyer needs to
 * pay (GET /store/bank-transfer/instructions). Amounts are decimal yuan text.
 */
import type { ContactKind } from "../../shared/contact"
import type { DateTimeString, DayString, ListResponse, YuanString } from "./common"

/** Provider id of 对公转账 in Medusa (`pp_<identifier>_<id in medusa-config.ts>`). */
export const BANK_TRANSFER_PROVIDER_ID = "pp_bank-transfer_bank-transfer"

/** Where a transfer stands: 待到账 (partly paid ones included), 已到账, 已取消. */
export const BANK_TRANSFER_STATES = ["awaiting_transfer", "received", "canceled"] as const
export type BankTransferState = (typeof BANK_TRANSFER_STATES)[number]

/** The admin list's filter: the states, and 部分到账 (awaiting, something arrived). */
export const BANK_TRANSFER_FILTERS = [
  "awaiting_transfer",
  "partially_received",
  "received",
  "canceled",
] as const
export type BankTransferFilter = (typeof BANK_TRANSFER_FILTERS)[number]

/** What a receipt did to its payment: still short, paid, or more than due (多付). */
export const RECEIPT_OUTCOMES = ["partial", "paid", "overpaid"] as const
export type ReceiptOutcome = (typeof RECEIPT_OUTCOMES)[number]

/** The account buyers pay into. */
export type Payee = { account_name: string; bank_name: string; account_number: string }

/** Where a payment stands, from its amount due and its receipts. */
export type BankTransferStanding = {
  state: BankTransferState
  /** the amount due */
  amount: YuanString
  received_amount: YuanString
  /** still to come (0 once covered) */
  outstanding_amount: YuanString
  /** received beyond the amount due (0 unless over-paid) */
  overpaid_amount: YuanString
  /** 部分到账: something arrived, not yet enough */
  partially_received: boolean
}

/* ---------- admin ---------- */

/** 到账记录: money recorded as arrived for a payment. */
export type BankTransferReceipt = {
  id: string
  amount: YuanString
  currency_code: string
  /** 户名 on the bank statement */
  payer_name: string
  received_on: DayString | null
  note: string | null
  outcome: ReceiptOutcome
  recorded_by: { id: string; email: string | null } | null
  recorded_at: DateTimeString
}

/** A 对公转账 payment with its order and buyer, as the admin lists it. */
export type AdminBankTransferPayment = BankTransferStanding & {
  id: string
  reference: string | null
  currency_code: string
  payee: Payee | null
  created_at: DateTimeString
  authorized_at: DateTimeString | null
  captured_at: DateTimeString | null
  canceled_at: DateTimeString | null
  /** fixed when the order was placed (null for orders placed before deadlines existed) */
  deadline_at: DateTimeString | null
  /** when the deadline reminder went out (null: not yet) */
  reminded_at: DateTimeString | null
  receipt_count: number
  receipts: BankTransferReceipt[]
  order: {
    id: string
    display_id: number | null
    email: string | null
    status: string | null
    customer_id: string | null
    /** the mobile or e-mail given at checkout */
    contact: string | null
    contact_kind: ContactKind | null
    recipient: string | null
    recipient_phone: string | null
  } | null
}

/** GET /admin/bank-transfer/payments, newest first. */
export type AdminBankTransferPaymentListResponse = ListResponse<
  "payments",
  AdminBankTransferPayment
>

/** Query of GET /admin/bank-transfer/payments. */
export type AdminBankTransferPaymentListParams = {
  /** the code on the transfer's 附言 (exact; case and spaces do not matter) */
  reference?: string
  /** part of a reference code, or an order number */
  q?: string
  order_id?: string
  state?: BankTransferFilter
  limit?: number
  offset?: number
}

/** Body of POST /admin/bank-transfer/payments/:id/receipts (确认到账). */
export type AdminBankTransferReceiptBody = {
  /** decimal yuan as on the bank statement, e.g. "1280.50" */
  amount: YuanString | number
  /** 户名: the payer's account name on the bank statement */
  payer_name: string
  /** the day it arrived (not in the future) */
  received_on?: DayString | null
  note?: string | null
}

/** POST /admin/bank-transfer/payments/:id/receipts: the payment as listed, and the receipt just recorded. */
export type AdminBankTransferReceiptResponse = {
  payment: AdminBankTransferPayment | null
  receipt: BankTransferReceipt | null
}

/* ---------- store ---------- */

/** What a buyer who chose 对公转账 needs to pay, and what has arrived. */
export type StoreBankTransferInstructions = {
  provider_id: string
  /** the code to write on the transfer's 附言 */
  reference: string
  amount: YuanString
  currency_code: string
  payee: Payee
  state: BankTransferState
  /** the order, once placed */
  order_id: string | null
  /** an order still unpaid after it is cancelled; null until the order is placed */
  deadline_at: DateTimeString | null
  received_amount: YuanString
  outstanding_amount: YuanString
  /** what to do, in Chinese */
  instructions: string[]
}

/** GET /store/bank-transfer/instructions */
export type StoreBankTransferInstructionsResponse = {
  bank_transfer: StoreBankTransferInstructions
}

/** Query of GET /store/bank-transfer/instructions: either cart_id or order_id. */
export type StoreBankTransferInstructionsParams = { cart_id: string } | { order_id: string }

/* ---------- 支付宝 (Alipay) ---------- */

/** Medusa's id of the Alipay provider (configured only with ALIPAY_APP_ID). */
export const ALIPAY_PROVIDER_ID = "pp_alipay_alipay"

/** What the checkout sends as the Alipay payment session's `data`. */
export type AlipaySessionInput = {
  /** `page` 电脑网站支付 (a computer), `wap` 手机网站支付 (a phone's browser) */
  channel: "page" | "wap"
  /** where Alipay sends the buyer back (on the storefront's origin); default ALIPAY_RETURN_URL */
  return_url?: string
}

export const ALIPAY_STATES = ["awaiting_payment", "paid", "canceled"] as const
export type AlipayState = (typeof ALIPAY_STATES)[number]

/** An order's Alipay payment, as its confirmation page polls it. */
export type StoreAlipayStatus = {
  order_id: string
  state: AlipayState
  amount: YuanString
  /** the Alipay cashier to (re)open while awaiting payment; null otherwise */
  pay_url: string | null
  /** after it Alipay closes the unpaid trade */
  expires_at: DateTimeString | null
  paid_at: DateTimeString | null
}

/** GET /store/alipay/status?order_id= */
export type StoreAlipayStatusResponse = { alipay: StoreAlipayStatus }
