import type { StoreBulkOrder } from "@http/bulk-order"
import type { Payee } from "@http/payments"
import { chinaDateTimeText } from "@shared/china-time"
import { formatYuan, yuanInCapitals } from "@shared/money"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import bulk from "../../bulk.module.css"
import { BulkStatus } from "./bulk-status"

/**
 * A bulk order's head and how to pay it: reference, amount in figures and in
 * capitals, the deadline in China time, the 付款通知书, and (awaiting payment)
 * the payee's account and the reference to write in the transfer's 附言.
 */
export function BulkOrderPayment({ order, payee }: { order: StoreBulkOrder; payee: Payee }) {
  const awaiting = order.status === "awaiting_payment"
  return (
    <>
      <section
        className={styles.card}
        aria-labelledby="bulk-order-heading"
        data-testid="bulk-order"
      >
        <h1 id="bulk-order-heading" className={styles.title}>
          {t("bulk.detail.title", { reference: order.reference })}
        </h1>
        <p>
          <BulkStatus status={order.status} testId="bulk-order-status" />
        </p>
        <dl className={bulk.facts}>
          <dt>{t("bulk.detail.reference")}</dt>
          <dd className={styles.reference} data-testid="bulk-order-reference">
            {order.reference}
          </dd>
          <dt>{t("bulk.detail.amount")}</dt>
          <dd data-testid="bulk-order-amount">{formatYuan(order.amount)}</dd>
          <dt>{t("bulk.detail.capitals")}</dt>
          <dd className={bulk.capitals} data-testid="bulk-order-capitals">
            {yuanInCapitals(order.amount)}
          </dd>
          {awaiting && (
            <>
              <dt>{t("bulk.detail.deadline")}</dt>
              <dd data-testid="bulk-order-deadline">{chinaDateTimeText(order.payment_deadline)}</dd>
            </>
          )}
          {order.paid_at && (
            <>
              <dt>{t("bulk.detail.paidAt")}</dt>
              <dd>{chinaDateTimeText(order.paid_at)}</dd>
            </>
          )}
          {order.canceled_at && (
            <>
              <dt>{t("bulk.detail.canceledAt")}</dt>
              <dd>{chinaDateTimeText(order.canceled_at)}</dd>
            </>
          )}
          {order.po_number && (
            <>
              <dt>{t("bulk.detail.poNumber")}</dt>
              <dd data-testid="bulk-order-po">{order.po_number}</dd>
            </>
          )}
          {order.note && (
            <>
              <dt>{t("bulk.detail.note")}</dt>
              <dd>{order.note}</dd>
            </>
          )}
          <dt>{t("bulk.detail.created")}</dt>
          <dd>{chinaDateTimeText(order.created_at)}</dd>
        </dl>
        {order.status === "paid" && order.paid_at && (
          <p className={styles.notice} role="status">
            {t("bulk.detail.paid", { at: chinaDateTimeText(order.paid_at) })}
          </p>
        )}
        {order.status === "paying" && order.payment_progress && (
          <p className={styles.notice} role="status" data-testid="bulk-payment-progress">
            {t("bulk.detail.paying", {
              captured: order.payment_progress.captured,
              total: order.payment_progress.total,
            })}
          </p>
        )}
        {order.status === "canceled" && <p className={styles.hint}>{t("bulk.detail.canceled")}</p>}
      </section>
      {awaiting && (
        <section className={styles.card} aria-labelledby="bulk-pay-heading" data-testid="bulk-pay">
          <h2 id="bulk-pay-heading">{t("bulk.detail.payHeading")}</h2>
          <p className={styles.hint}>{t("bulk.detail.payIntro")}</p>
          <dl className={`${styles.bank} ${bulk.facts}`}>
            <dt>{t("bulk.detail.payeeName")}</dt>
            <dd data-testid="bulk-payee-name">{payee.account_name}</dd>
            <dt>{t("bulk.detail.payeeBank")}</dt>
            <dd>{payee.bank_name}</dd>
            <dt>{t("bulk.detail.payeeAccount")}</dt>
            <dd data-testid="bulk-payee-account">{payee.account_number}</dd>
            <dt>{t("bulk.detail.amount")}</dt>
            <dd>
              {formatYuan(order.amount)}（{yuanInCapitals(order.amount)}）
            </dd>
            <dt>{t("bulk.detail.remark")}</dt>
            <dd className={styles.reference}>{order.reference}</dd>
          </dl>
          <a
            className={styles.button}
            href={`/unit/bulk-orders/${encodeURIComponent(order.id)}/payment-notice`}
            download
            data-testid="bulk-payment-notice"
          >
            {t("bulk.detail.notice")}
          </a>
        </section>
      )}
    </>
  )
}
