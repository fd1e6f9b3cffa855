import Link from "next/link"
import type { StoreQuoteListResponse } from "@http/quote"
import type { StoreUnitResponse } from "@http/unit"
import { formatYuan } from "@shared/money"
import type { StoreCustomer } from "@/lib/data/customer"
import { formatDateTime } from "@/lib/checkout/format"
import { t } from "@/lib/messages"
import { shownStatus } from "@/lib/quotes/view"
import { AccountShell } from "@/modules/account/components/account-shell"
import styles from "@/modules/common/shop.module.css"
import rows from "../quotes.module.css"
import { UnitTabs } from "@/modules/unit/components/unit-tabs"
import { QuoteStatusBadge } from "../components/quote-status"

/** /unit/quotes: the unit's quotes, newest first, with their status, amount and when asked. */
export function QuotesTemplate({
  customer,
  membership,
  quotes,
  now,
}: {
  customer: StoreCustomer
  membership: StoreUnitResponse
  quotes: StoreQuoteListResponse
  now: Date
}) {
  return (
    <AccountShell customer={customer} current="unit">
      <UnitTabs membership={membership} current="quotes" />
      <section className={styles.card} aria-labelledby="quotes-heading">
        <h1 id="quotes-heading" className={styles.title}>
          {t("quote.list.heading")}
        </h1>
        <p className={styles.hint}>{t("quote.list.intro")}</p>
        {quotes.quotes.length === 0 ? (
          <p data-testid="quotes-empty">{t("quote.list.empty")}</p>
        ) : (
          <ul className={styles.lines} data-testid="quote-list">
            {quotes.quotes.map((quote) => (
              <li key={quote.id} className={rows.row} data-testid="quote-row" data-id={quote.id}>
                <div>
                  <p className={styles.lineTitle}>
                    <Link href={`/unit/quotes/${encodeURIComponent(quote.id)}`}>
                      {quote.display_id}
                    </Link>{" "}
                    <QuoteStatusBadge status={shownStatus(quote, now)} />
                  </p>
                  <p className={styles.lineMeta}>
                    {t("quote.list.requestedAt", { time: formatDateTime(quote.requested_at) })} ·{" "}
                    {t("quote.list.lines", { count: quote.lines.length })} ·{" "}
                    {quote.bulk ? (
                      <>{t("quote.list.recipients", { count: quote.bulk.recipients })} · </>
                    ) : null}
                    {t("quote.list.total", { total: formatYuan(quote.total) })}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </AccountShell>
  )
}
