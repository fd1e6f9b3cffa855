import type { QuoteStatus } from "@http/quote"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"

/** A quote's status as the member sees it (待报价, 已报价, 已过期, …). */
export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  return (
    <span className={styles.badge} data-testid="quote-status" data-status={status}>
      {t(`quote.status.${status}`)}
    </span>
  )
}
