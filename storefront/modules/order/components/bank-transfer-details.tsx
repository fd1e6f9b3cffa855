import type { StoreBankTransferInstructions } from "@http/payments"
import { formatChinaDateTime } from "@/lib/checkout/format"
import { formatYuan } from "@shared/money"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"

/** The payee account, amount and reference code of a 对公转账 order. */
export function BankTransferDetails({ transfer }: { transfer: StoreBankTransferInstructions }) {
  // 部分到账: part of the money arrived (the API says how much is still due)
  const partlyPaid =
    transfer.state === "awaiting_transfer" &&
    !!transfer.received_amount &&
    transfer.received_amount !== "0.00"
  return (
    <section className={styles.card} aria-labelledby="bank-heading" data-testid="bank-transfer">
      <h2 id="bank-heading">{t("checkout.confirmed.bankHeading")}</h2>
      <p className={styles.notice} data-testid="transfer-state">
        {t(`checkout.confirmed.state.${partlyPaid ? "partially_received" : transfer.state}`)}
      </p>
      {transfer.state === "awaiting_transfer" && transfer.deadline_at ? (
        <p className={styles.notice} data-testid="transfer-deadline">
          {t("checkout.confirmed.deadline", {
            deadline: formatChinaDateTime(transfer.deadline_at),
          })}
        </p>
      ) : null}
      {partlyPaid ? (
        <p className={styles.notice} data-testid="transfer-partial">
          {t("checkout.confirmed.partial", {
            received: formatYuan(transfer.received_amount),
            outstanding: formatYuan(transfer.outstanding_amount),
          })}
        </p>
      ) : null}
      <dl className={styles.bank}>
        <dt>{t("checkout.confirmed.accountName")}</dt>
        <dd>{transfer.payee.account_name}</dd>
        <dt>{t("checkout.confirmed.bankName")}</dt>
        <dd>{transfer.payee.bank_name}</dd>
        <dt>{t("checkout.confirmed.accountNumber")}</dt>
        <dd>{transfer.payee.account_number}</dd>
        <dt>{t("checkout.confirmed.amount")}</dt>
        <dd>{formatYuan(transfer.amount)}</dd>
        <dt>{t("checkout.confirmed.reference")}</dt>
        <dd className={styles.reference} data-testid="transfer-reference">
          {transfer.reference}
        </dd>
      </dl>
      <p className={styles.hint}>{t("checkout.confirmed.referenceHint")}</p>
      {transfer.state === "awaiting_transfer" && transfer.order_id ? (
        <p>
          <a
            href={`/order/${encodeURIComponent(transfer.order_id)}/payment-notice`}
            download
            data-testid="payment-notice-link"
          >
            {t("checkout.confirmed.paymentNotice")}
          </a>{" "}
          <span className={styles.hint}>{t("checkout.confirmed.paymentNoticeHint")}</span>
        </p>
      ) : null}
      <ul>
        {transfer.instructions.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  )
}
