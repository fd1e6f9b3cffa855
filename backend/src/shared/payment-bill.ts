/**
 * One line of an online payment provider's daily bill (WeChat Pay's trade
 * bill, Alipay's bill download), normalised so that one reconciliation can
 * compare every provider's bill with Medusa's payments and refunds.
 */
export type ProviderBillRow = {
  provider: "wechatpay" | "alipay"
  kind: "payment" | "refund"
  /** The shop's number sent to the provider for the payment (out_trade_no). */
  out_trade_no: string
  /** The shop's number of the refund (out_refund_no / out_request_no); null for payments. */
  out_refund_no: string | null
  /** The provider's own number (transaction_id / trade_no, or its refund id). */
  transaction_id: string
  /** Integer fen, always positive; `kind` says the direction. */
  amount_fen: number
  /** When the provider completed it, ISO 8601 with offset. */
  occurred_at: string
}

/** What a provider that publishes a daily bill offers the reconciliation. */
export interface ProviderBillSource {
  /** The bill of one China day (`YYYY-MM-DD`), every row of it. */
  fetchBill(billDate: string): Promise<ProviderBillRow[]>
}
