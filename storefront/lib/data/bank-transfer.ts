import "server-only"
import type {
  StoreBankTransferInstructions,
  StoreBankTransferInstructionsResponse,
} from "@http/payments"
import { orderAccessHeaders } from "./cookies"
import { medusa } from "./medusa"

/** The bank transfer details of an order, or null when it was not paid by transfer (or this visitor may not read it). */
export async function bankTransferOf(
  orderId: string
): Promise<StoreBankTransferInstructions | null> {
  try {
    const { bank_transfer } = await medusa.client.fetch<StoreBankTransferInstructionsResponse>(
      "/store/bank-transfer/instructions",
      {
        query: { order_id: orderId },
        headers: await orderAccessHeaders(orderId),
      }
    )
    return bank_transfer
  } catch {
    return null
  }
}
