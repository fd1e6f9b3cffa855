import type { Quote } from "@http/quote"
import { formatYuan } from "@shared/money"
import { chinaDateText } from "@/lib/quotes/view"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"

/** The quote's amounts (商品金额, 运费, 合计) and the support team's terms: valid until, delivery window, terms. */
export function QuoteTerms({ quote }: { quote: Quote }) {
  const delivery =
    quote.delivery_from && quote.delivery_to
      ? t("quote.detail.deliveryRange", {
          from: chinaDateText(quote.delivery_from),
          to: chinaDateText(quote.delivery_to),
        })
      : chinaDateText(quote.delivery_from ?? quote.delivery_to)
  return (
    <>
      <dl className={styles.totals} data-testid="quote-totals">
        <div>
          <dt>{t("quote.detail.subtotal")}</dt>
          <dd data-testid="quote-subtotal">{formatYuan(quote.subtotal)}</dd>
        </div>
        <div>
          <dt>{t("quote.detail.shipping")}</dt>
          <dd data-testid="quote-shipping">
            {quote.shipping === null ? t("quote.detail.shippingLater") : formatYuan(quote.shipping)}
          </dd>
        </div>
        <div className={styles.grand}>
          <dt>{t("quote.detail.total")}</dt>
          <dd data-testid="quote-total">{formatYuan(quote.total)}</dd>
        </div>
      </dl>
      {quote.valid_until || delivery || quote.terms ? (
        <dl className={styles.bank} data-testid="quote-terms">
          {quote.valid_until ? (
            <>
              <dt>{t("quote.detail.validUntil")}</dt>
              <dd data-testid="quote-valid-until">{chinaDateText(quote.valid_until)}</dd>
            </>
          ) : null}
          {delivery ? (
            <>
              <dt>{t("quote.detail.delivery")}</dt>
              <dd data-testid="quote-delivery">{delivery}</dd>
            </>
          ) : null}
          {quote.terms ? (
            <>
              <dt>{t("quote.detail.terms")}</dt>
              <dd data-testid="quote-terms-text">{quote.terms}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </>
  )
}
