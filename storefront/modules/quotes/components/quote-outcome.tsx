import Link from "next/link"
import type { StoreBankTransferInstructions } from "@http/payments"
import type { Quote } from "@http/quote"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import { BankTransferDetails } from "@/modules/order/components/bank-transfer-details"

/**
 * What became of an accepted quote: 订单已生成 with the order and how to pay
 * it by 对公转账 (for the member who may read the order), 批量订单已生成 with
 * the bulk order (its page has the 付款通知书), or 已提交审批 while
 * the unit's 审批人 has it.
 */
export function QuoteOutcome({
  quote,
  transfer,
}: {
  quote: Quote
  transfer: StoreBankTransferInstructions | null
}) {
  if (quote.bulk?.bulk_order_id) {
    return (
      <section
        className={styles.card}
        aria-labelledby="quote-bulk-placed"
        data-testid="quote-bulk-placed"
      >
        <h2 id="quote-bulk-placed">{t("quote.accept.bulkPlaced")}</h2>
        <p>{t("quote.accept.bulkPlacedHint")}</p>
        <p>
          <Link
            href={`/unit/bulk-orders/${encodeURIComponent(quote.bulk.bulk_order_id)}`}
            className={styles.button}
            data-testid="quote-bulk-order-link"
          >
            {t("quote.detail.bulkOrder")}
          </Link>
        </p>
      </section>
    )
  }
  if (quote.order_id) {
    return (
      <>
        <section className={styles.card} aria-labelledby="quote-placed" data-testid="quote-placed">
          <h2 id="quote-placed">{t("quote.accept.placed")}</h2>
          {transfer ? <p>{t("quote.accept.placedHint")}</p> : null}
          <p>
            <Link
              href={`/account/orders/${encodeURIComponent(quote.order_id)}`}
              className={styles.button}
              data-testid="quote-order-link"
            >
              {t("quote.detail.order")}
            </Link>
          </p>
        </section>
        {transfer ? <BankTransferDetails transfer={transfer} /> : null}
      </>
    )
  }
  if (quote.approval_id) {
    return (
      <section
        className={styles.card}
        aria-labelledby="quote-approval"
        data-testid="quote-approval"
      >
        <h2 id="quote-approval">{t("quote.accept.approval")}</h2>
        <p>{t("quote.accept.approvalHint")}</p>
        <p>
          <Link href="/unit/approvals" data-testid="quote-approval-link">
            {t("quote.detail.approval")}
          </Link>
        </p>
      </section>
    )
  }
  return null
}
