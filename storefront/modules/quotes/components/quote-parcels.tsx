import type { QuoteBulk } from "@http/quote"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"

/**
 * A bulk-order quote's recipients: how many (N 个收件人), then each one's
 * parcel (who, where, what), one order each once the quote is accepted.
 */
export function QuoteParcels({ bulk }: { bulk: QuoteBulk }) {
  return (
    <details data-testid="quote-parcels">
      <summary data-testid="quote-recipients">
        {t("quote.detail.recipientsCount", { count: bulk.recipients })}
      </summary>
      <ul className={styles.lines}>
        {bulk.parcels.map((parcel, i) => (
          <li key={i} data-testid="quote-parcel">
            <p className={styles.lineTitle}>
              {parcel.recipient} {parcel.mobile}
            </p>
            <p className={styles.lineMeta}>{parcel.address}</p>
            <p className={styles.lineMeta}>
              {parcel.items.map((item) => `${item.title} × ${item.quantity}`).join("，")}
            </p>
          </li>
        ))}
      </ul>
    </details>
  )
}
