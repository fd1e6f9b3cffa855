import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatYuan } from "@shared/money"
import type { StoreAlipayStatus, StoreBankTransferInstructions } from "@http/payments"
import type { UnitOrderNote as UnitOrderNoteData } from "@http/unit-order"
import { messagesOf, t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { AlipayStatus } from "../components/alipay-status"
import { BankTransferDetails } from "../components/bank-transfer-details"
import { OrderItemsCard } from "../components/order-items-card"
import { UnitOrderNote } from "../components/unit-order-note"

/** The confirmation after checkout: the order's number and total, how to pay it, its lines. */
export function OrderConfirmedTemplate({
  order,
  transfer,
  alipay = null,
  unitNote = null,
}: {
  order: HttpTypes.StoreOrder
  transfer: StoreBankTransferInstructions | null
  /** an order paid with 支付宝: its payment, polled until Alipay confirms it */
  alipay?: StoreAlipayStatus | null
  /** a unit order's 采购单号 and 备注 */
  unitNote?: UnitOrderNoteData | null
}) {
  const paid = order.payment_status === "captured" || order.payment_status === "authorized"
  return (
    <div className={styles.page}>
      <h1 className={styles.title} data-testid="order-confirmed">
        {t("checkout.confirmed.title")}
      </h1>
      <section className={styles.card}>
        <p>{t("checkout.confirmed.thanks")}</p>
        <dl className={styles.bank}>
          <dt>{t("checkout.confirmed.orderNumber")}</dt>
          <dd data-testid="order-number">#{order.display_id}</dd>
          <dt>{t("checkout.confirmed.total")}</dt>
          <dd data-testid="order-total">{formatYuan(order.total)}</dd>
        </dl>
        <UnitOrderNote note={unitNote} />
      </section>
      {transfer ? (
        <BankTransferDetails transfer={transfer} />
      ) : alipay ? (
        <AlipayStatus initial={alipay} messages={messagesOf("checkout")} />
      ) : paid ? (
        <section className={styles.card} data-testid="order-paid">
          <p>{t("checkout.confirmed.paid")}</p>
        </section>
      ) : (
        <section className={styles.card}>
          <p>{t("checkout.confirmed.offline")}</p>
        </section>
      )}
      <OrderItemsCard order={order} headingId="confirmed-items" />
      <p>
        <Link href={`/account/orders/${order.id}`} className={styles.button}>
          {t("checkout.confirmed.account")}
        </Link>{" "}
        <Link href="/products">{t("checkout.confirmed.continue")}</Link>
      </p>
    </div>
  )
}
