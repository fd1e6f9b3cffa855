import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatDateTime } from "@/lib/checkout/format"
import { formatYuan } from "@shared/money"
import type { StoreBankTransferInstructions } from "@http/payments"
import { t } from "@/lib/messages"
import { orderStatus } from "@/lib/order/status"
import styles from "@/modules/common/shop.module.css"
import { BankTransferDetails } from "../components/bank-transfer-details"
import { OrderItemsCard } from "../components/order-items-card"

/** One order a guest looked up: when, its states and total, transfer details while unpaid, its lines. */
export function LookedUpOrderTemplate({
  order,
  transfer,
}: {
  order: HttpTypes.StoreOrder
  transfer: StoreBankTransferInstructions | null
}) {
  return (
    <div className={styles.page}>
      <p>
        <Link href="/order/lookup">{t("lookup.back")}</Link>
      </p>
      <h1 className={styles.title} data-testid="lookup-order-detail">
        {t("lookup.number", { id: order.display_id! })}
      </h1>
      <section className={styles.card}>
        <dl className={styles.bank}>
          <dt>{t("lookup.placedAt")}</dt>
          <dd>{formatDateTime(order.created_at)}</dd>
          <dt>{t("lookup.status")}</dt>
          <dd data-testid="order-status">{orderStatus(order)}</dd>
          <dt>{t("checkout.confirmed.total")}</dt>
          <dd data-testid="order-total">{formatYuan(order.total)}</dd>
        </dl>
      </section>
      {transfer && transfer.state !== "received" && <BankTransferDetails transfer={transfer} />}
      <OrderItemsCard order={order} headingId="lookup-items" />
    </div>
  )
}
