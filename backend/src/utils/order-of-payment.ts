import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { lookupPer } from "./coalesce"
import { queryRows } from "./query"

export type PaidOrder = { id: string; metadata: Record<string, unknown> | null }

/**
 * The orders of `paymentIds` (payment → its payment collection → Medusa's
 * order link → the order), in three reads whatever their number.
 */
async function ordersOfPayments(
  container: MedusaContainer,
  paymentIds: string[]
): Promise<Map<string, PaidOrder>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const payments = await queryRows<{ id: string; payment_collection_id: string | null }>(query, {
    entity: "payment",
    fields: ["id", "payment_collection_id"],
    filters: { id: paymentIds },
  })
  const collections = [
    ...new Set(payments.flatMap((p) => (p.payment_collection_id ? [p.payment_collection_id] : []))),
  ]
  const links = collections.length
    ? await queryRows<{ payment_collection_id: string; order_id: string | null }>(query, {
        entity: "order_payment_collection",
        fields: ["payment_collection_id", "order_id"],
        filters: { payment_collection_id: collections },
      })
    : []
  const orderOfCollection = new Map(links.map((l) => [l.payment_collection_id, l.order_id]))
  const orderIds = [...new Set(links.flatMap((l) => (l.order_id ? [l.order_id] : [])))]
  const orders = orderIds.length
    ? await queryRows<PaidOrder>(query, {
        entity: "order",
        fields: ["id", "metadata"],
        filters: { id: orderIds },
      })
    : []
  const byId = new Map(orders.map((o) => [o.id, o]))
  const found = new Map<string, PaidOrder>()
  for (const payment of payments) {
    const orderId = orderOfCollection.get(payment.payment_collection_id ?? "")
    const order = orderId ? byId.get(orderId) : undefined
    if (order) found.set(payment.id, order)
  }
  return found
}

/**
 * The order a payment belongs to, or undefined. The payment events' subscribers
 * (aid ledger, notices, 发票) ask it for every captured or refunded payment;
 * the payments of a short window (a checkout peak, a bulk order's parcels
 * captured in runs of 50) are read together, once.
 */
export const orderOfPayment: (
  container: MedusaContainer,
  paymentId: string
) => Promise<PaidOrder | undefined> = lookupPer(ordersOfPayments, { windowMs: 50 })
