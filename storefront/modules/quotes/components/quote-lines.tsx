import type { QuoteLine } from "@http/quote"
import { formatYuan } from "@shared/money"
import { linePrices } from "@/lib/quotes/view"
import { t } from "@/lib/messages"
import styles from "@/modules/common/shop.module.css"
import rows from "../quotes.module.css"

/**
 * The quote's lines, one block each (readable at 390 px): the product, the
 * quantity, the shop's list price and the support team's quoted price (the
 * list price struck through when the quote lowered or raised it), the line's total.
 */
export function QuoteLines({ lines }: { lines: QuoteLine[] }) {
  return (
    <ul className={styles.lines} data-testid="quote-lines">
      {lines.map((line) => {
        const price = linePrices(line)
        return (
          <li key={line.id} className={rows.row} data-testid="quote-line" data-id={line.id}>
            <div>
              <p className={styles.lineTitle}>{line.title}</p>
              <p className={styles.lineMeta}>
                {t("quote.detail.quantity")} {line.quantity} · {t("quote.detail.listPrice")}{" "}
                {price.changed ? (
                  <s data-testid="quote-line-list">{price.list}</s>
                ) : (
                  <span data-testid="quote-line-list">{price.list}</span>
                )}{" "}
                · {t("quote.detail.quotedPrice")}{" "}
                <strong data-testid="quote-line-quoted">
                  {price.quoted ?? t("quote.detail.notQuoted")}
                </strong>
              </p>
              <p>
                {t("quote.detail.lineTotal")}{" "}
                <span data-testid="quote-line-total">{formatYuan(line.total)}</span>
              </p>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
