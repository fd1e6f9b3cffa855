import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { queryRow } from "../../utils/query"

export type PaidOrder = { id: string; metadata: Record<string, unknown> | null }

/** The order a payment belongs to (through its payment collection), or undefined. */
export async function orderOfPayment(
  container: MedusaContainer,
  paymentId: string
): Promise<PaidOrder | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const payment = await queryRow<{ payment_collection_id: string | null }>(query, {
    entity: "payment",
    fields: ["id", "payment_collection_id"],
    filters: { id: paymentId },
  })
  if (!payment?.payment_collection_id) return undefined
  const link = await queryRow<{ order_id: string | null }>(query, {
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: payment.payment_collection_id },
  })
  if (!link?.order_id) return undefined
  return queryRow<PaidOrder>(query, {
    entity: "order",
    fields: ["id", "metadata"],
    filters: { id: link.order_id },
  })
}
