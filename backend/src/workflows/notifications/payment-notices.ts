/**
 * Messages about money: 已到账 when an order's payments are captured in full,
 * 已退款 for each refund. Events name the payment; its order is found through
 * Medusa's order ↔ payment collection link.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { yuanString } from "../../shared/money"
import { queryRow, type Query } from "../../utils/query"
import { orderOfPayment } from "../../utils/order-of-payment"
import { BULK_ORDER_METADATA_KEY } from "../aid/order-buyer"
import { readNoticeOrder, sendOrderNotice } from "./order-notices"

type Amount = Parameters<typeof MathBN.convert>[0]

type PaymentRow = {
  id: string
  refunds: { id: string; amount: Amount }[] | null
}

async function paymentAndOrder(
  container: MedusaContainer,
  paymentId: string,
  options: { bulkParcels: boolean }
) {
  const query = container.resolve<Query>(ContainerRegistrationKeys.QUERY)
  const paid = await orderOfPayment(container, paymentId)
  if (!paid || (!options.bulkParcels && paid.metadata?.[BULK_ORDER_METADATA_KEY])) return null
  const order = await readNoticeOrder(container, paid.id)
  return order ? { order, query } : null
}

/** payment.captured: once the order is paid in full, 已到账 with what arrived. */
export async function noticePaymentCaptured(container: MedusaContainer, paymentId: string) {
  // no 已到账 per parcel of a bulk order (its recipients did not pay): the unit follows the bulk order
  const found = await paymentAndOrder(container, paymentId, { bulkParcels: false })
  if (!found) return []
  const { order, query } = found
  const paid = await queryRow<{
    payment_collections: { status: string; amount: Amount; captured_amount: Amount | null }[] | null
  }>(query, {
    entity: "order",
    fields: [
      "id",
      "payment_collections.status",
      "payment_collections.amount",
      "payment_collections.captured_amount",
    ],
    filters: { id: order.id },
  })
  const collections = (paid?.payment_collections ?? []).filter((c) => c.status !== "canceled")
  const captured = collections.reduce(
    (sum, c) => MathBN.add(sum, c.captured_amount ?? 0),
    MathBN.convert(0)
  )
  const fully =
    collections.length > 0 && collections.every((c) => MathBN.gte(c.captured_amount ?? 0, c.amount))
  if (!fully) return []
  return sendOrderNotice(container, order, "order-paid", order.id, {
    amount: yuanString(captured.toFixed(2)),
  })
}

/** payment.refunded: 已退款 for each refund of the payment not told yet. */
export async function noticePaymentRefunded(container: MedusaContainer, paymentId: string) {
  const found = await paymentAndOrder(container, paymentId, { bulkParcels: true })
  if (!found) return []
  const payment = await queryRow<PaymentRow>(found.query, {
    entity: "payment",
    fields: ["id", "refunds.id", "refunds.amount"],
    filters: { id: paymentId },
  })
  const sent = []
  for (const refund of payment?.refunds ?? []) {
    sent.push(
      ...(await sendOrderNotice(container, found.order, "order-refunded", refund.id, {
        amount: yuanString(MathBN.convert(refund.amount).toFixed(2)),
      }))
    )
  }
  return sent
}
