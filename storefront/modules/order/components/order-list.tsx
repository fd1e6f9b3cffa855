import Link from "next/link"
import { formatDateTime } from "@/lib/checkout/format"
import { formatYuan } from "@shared/money"
import { orderStatus, type OrderStates } from "@/lib/order/status"
import styles from "@/modules/common/shop.module.css"

/** An order in a list: what the store API answers for the account's and the guest lookup's lists. */
export type OrderSummary = OrderStates & {
  id: string
  display_id?: number
  created_at: string | Date
  total: number
  items?: { product_title?: string | null; quantity: number }[] | null
}

/**
 * A list of orders, newest first: number (a link to the order), date, total,
 * states and what was bought. The account and the guest lookup word them
 * slightly differently (`labels`).
 */
export function OrderList({
  orders,
  testId,
  itemTestId,
  hrefOf,
  labels,
}: {
  orders: OrderSummary[]
  testId: string
  itemTestId: string
  hrefOf: (order: OrderSummary) => string
  labels: {
    view: (order: OrderSummary) => string
    number: (order: OrderSummary) => string
    placedAt: string
    /** before the total ("总计"), if the list names it */
    total?: string
  }
}) {
  return (
    <ul className={styles.lines} data-testid={testId}>
      {orders.map((order) => (
        <li
          key={order.id}
          className={styles.line}
          style={{ gridTemplateColumns: "1fr" }}
          data-testid={itemTestId}
        >
          <p className={styles.lineTitle}>
            <Link href={hrefOf(order)} aria-label={labels.view(order)}>
              {labels.number(order)}
            </Link>
          </p>
          <p className={styles.lineMeta}>
            {labels.placedAt} {formatDateTime(order.created_at)} ·{" "}
            {labels.total ? `${labels.total} ` : ""}
            {formatYuan(order.total)}
          </p>
          <p className={styles.lineMeta}>{orderStatus(order)}</p>
          <p className={styles.lineMeta}>
            {(order.items ?? [])
              .map((item) => `${item.product_title} × ${item.quantity}`)
              .join("、")}
          </p>
        </li>
      ))}
    </ul>
  )
}
