import { t } from "@/lib/messages"

/** The states of an order as the store API answers them. */
export type OrderStates = {
  status?: string
  payment_status?: string
  fulfillment_status?: string
}

/** An order's id as the shop's links carry it (checked before asking the backend). */
export const ORDER_ID = /^order_[0-9A-Za-z]{10,40}$/

/** Chinese labels of an order's status, payment and fulfillment states. */
export function orderStatus(order: OrderStates) {
  const label = (group: string, value?: string) => {
    if (!value) return null
    try {
      return t(`account.status.${group}.${value}`)
    } catch {
      return value
    }
  }
  return [
    order.status === "canceled" ? label("order", "canceled") : null,
    label("payment", order.payment_status),
    order.status === "canceled" ? null : label("fulfillment", order.fulfillment_status),
  ]
    .filter(Boolean)
    .join(" · ")
}
