import {
  AbstractPaymentProvider,
  MathBN,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  BigNumberInput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { yuanString } from "../../shared/money"
import type { BankTransferState, Payee } from "../../types/http/payments"
import { type BankTransferOptions, newReference, payeeFrom } from "./payee"
import { deadlineAfter, deadlineDays } from "./deadline"

/** What the payment session's (and later the payment's) `data` holds. */
export type BankTransferData = {
  method: "bank_transfer"
  /** written on the transfer's 附言 */
  reference: string
  /** decimal yuan, two decimals */
  amount: string
  currency_code: string
  payee: Payee
  /** awaiting_transfer → received (captured in the admin) | canceled */
  state: BankTransferState
  authorized_at?: string
  /** fixed when the order is placed: unpaid after it, the order is cancelled */
  deadline_at?: string
  received_at?: string
  canceled_at?: string
  refunds?: { amount: string; at: string }[]
}

/** The amount as the payment's data keeps it: decimal yuan, two decimals. */
const money = (amount: BigNumberInput) => yuanString(MathBN.convert(amount))

/**
 * 对公转账: the buyer pays offline into the shop's account. Authorizing only
 * records the order as awaiting payment (nothing is charged); the support team
 * confirms the transfer arrived by capturing the payment in the admin. Refunds
 * are paid back by transfer too, so they are only recorded here.
 */
class BankTransferProviderService extends AbstractPaymentProvider<BankTransferOptions> {
  static identifier = "bank-transfer"

  protected options_: BankTransferOptions
  protected deadlineDays_: number

  /** A BANK_TRANSFER_DEADLINE_DAYS that is not a whole number of days stops the server at start. */
  static validateOptions(options: Record<string, unknown>): void {
    deadlineDays(options?.deadlineDays as BankTransferOptions["deadlineDays"])
  }

  constructor(cradle: Record<string, unknown>, options: BankTransferOptions) {
    super(cradle, options)
    this.options_ = options ?? {}
    this.deadlineDays_ = deadlineDays(this.options_.deadlineDays)
  }

  async initiatePayment({
    amount,
    currency_code,
  }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const reference = newReference()
    const data: BankTransferData = {
      method: "bank_transfer",
      reference,
      amount: money(amount),
      currency_code,
      payee: payeeFrom(this.options_),
      state: "awaiting_transfer",
    }
    return { id: reference, data, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment({
    amount,
    currency_code,
    data,
  }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    // the reference stays: the buyer may already have written it down
    return {
      data: { ...data, amount: money(amount), currency_code: currency_code ?? data?.currency_code },
      status: PaymentSessionStatus.PENDING,
    }
  }

  /**
   * The order is placed awaiting the transfer: authorized, not captured. The
   * payment deadline is fixed here, once (a later authorization keeps it).
   */
  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const authorizedAt = (data?.authorized_at as string) ?? new Date().toISOString()
    const deadlineAt =
      (data?.deadline_at as string) ??
      deadlineAfter(new Date(authorizedAt), this.deadlineDays_).toISOString()
    return {
      data: { ...data, authorized_at: authorizedAt, deadline_at: deadlineAt },
      status: PaymentSessionStatus.AUTHORIZED,
    }
  }

  /** The support team saw the money arrive. */
  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...data, state: "received", received_at: new Date().toISOString() } }
  }

  async refundPayment({ amount, data }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const refunds = [
      ...((data?.refunds as BankTransferData["refunds"]) ?? []),
      { amount: money(amount), at: new Date().toISOString() },
    ]
    return { data: { ...data, refunds } }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...data, state: "canceled", canceled_at: new Date().toISOString() } }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const state = data?.state
    const status =
      state === "received"
        ? PaymentSessionStatus.CAPTURED
        : state === "canceled"
          ? PaymentSessionStatus.CANCELED
          : data?.authorized_at
            ? PaymentSessionStatus.AUTHORIZED
            : PaymentSessionStatus.PENDING
    return { status, data }
  }

  /** Banks send no webhooks here: receipt is confirmed in the admin. */
  async getWebhookActionAndData(
    _payload: ProviderWebhookPayload["payload"]
  ): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default BankTransferProviderService
