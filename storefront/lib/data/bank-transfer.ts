import "server-only"
import { orderAccessHeaders } from "./cookies"
import { medusa } from "./medusa"

export type BankTransferInstructions = {
  reference: string
  amount: string
  currency_code: string
  payee: { account_name: string; bank_name: string; account_number: string }
  state: "awaiting_transfer" | "received" | "canceled"
  /** ISO instant: an order still unpaid after it is cancelled (null before the order is placed) */
  deadline_at?: string | null
  received_amount?: string
  outstanding_amount?: string
  instructions: string[]
}

/** The bank transfer details of an order, or null when it was not paid by transfer (or this visitor may not read it). */
export async function bankTransferOf(orderId: string): Promise<BankTransferInstructions | null> {
  try {
    const { bank_transfer } = await medusa.client.fetch<{
      bank_transfer: BankTransferInstructions
    }>("/store/bank-transfer/instructions", {
      query: { order_id: orderId },
      headers: await orderAccessHeaders(orderId),
    })
    return bank_transfer
  } catch {
    return null
  }
}
