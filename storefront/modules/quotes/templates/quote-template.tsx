import Link from "next/link"
import type { StoreUnitInvoiceRequestsResponse } from "@http/invoice"
import type { StoreBankTransferInstructions } from "@http/payments"
import type { Quote } from "@http/quote"
import type { StoreUnitResponse } from "@http/unit"
import type { StoreCustomer } from "@/lib/data/customer"
import { formatDateTime } from "@/lib/checkout/format"
import { messagesOf, t } from "@/lib/messages"
import { quoteActions } from "@/lib/quotes/view"
import { AccountShell } from "@/modules/account/components/account-shell"
import styles from "@/modules/common/shop.module.css"
import { UnitTabs } from "@/modules/unit/components/unit-tabs"
import { QuoteDecide } from "../components/quote-decide"
import { QuoteInvoices } from "../components/quote-invoices"
import { QuoteLines } from "../components/quote-lines"
import { QuoteOutcome } from "../components/quote-outcome"
import { QuoteParcels } from "../components/quote-parcels"
import { QuoteStatusBadge } from "../components/quote-status"
import { QuoteTerms } from "../components/quote-terms"

/**
 * /unit/quotes/:id: the quote (lines with list and quoted prices, shipping,
 * total, valid until, delivery window, terms), the recipient (a bulk-order
 * quote's N recipients and their parcels), and what can
 * be done: 接受报价 / 拒绝 while it is quoted and valid (采购员, 管理员);
 * afterwards its order and how to pay (a bulk-order quote's bulk order), or
 * its approval.
 */
export function QuoteTemplate({
  customer,
  membership,
  quote,
  transfer,
  invoices = null,
  now,
}: {
  customer: StoreCustomer
  membership: StoreUnitResponse
  quote: Quote
  /** the placed order's 对公转账 details, when this member may read the order */
  transfer: StoreBankTransferInstructions | null
  /** the order's 发票 (管理员 and 财务 of a placed quote) */
  invoices?: StoreUnitInvoiceRequestsResponse | null
  now: Date
}) {
  const { status, mayDecide, readOnly } = quoteActions(quote, membership.role, now)
  return (
    <AccountShell customer={customer} current="unit">
      <UnitTabs membership={membership} current="quotes" />
      <p>
        <Link href="/unit/quotes">{t("quote.detail.back")}</Link>
      </p>
      <section className={styles.card} aria-labelledby="quote-heading" data-testid="quote-detail">
        <h1 id="quote-heading" className={styles.title}>
          {t("quote.detail.heading", { id: quote.display_id })} <QuoteStatusBadge status={status} />
        </h1>
        <dl className={styles.bank}>
          <dt>{t("quote.detail.requestedAt")}</dt>
          <dd>{formatDateTime(quote.requested_at)}</dd>
          {quote.quoted_at ? (
            <>
              <dt>{t("quote.detail.quotedAt")}</dt>
              <dd>{formatDateTime(quote.quoted_at)}</dd>
            </>
          ) : null}
          {quote.decided_at ? (
            <>
              <dt>{t("quote.detail.decidedAt")}</dt>
              <dd>{formatDateTime(quote.decided_at)}</dd>
            </>
          ) : null}
          {quote.bulk ? (
            <>
              <dt>{t("quote.detail.recipients")}</dt>
              <dd>
                <QuoteParcels bulk={quote.bulk} />
              </dd>
              {quote.bulk.po_number ? (
                <>
                  <dt>{t("quote.detail.poNumber")}</dt>
                  <dd>{quote.bulk.po_number}</dd>
                </>
              ) : null}
            </>
          ) : (
            <>
              <dt>{t("quote.detail.recipient")}</dt>
              <dd data-testid="quote-recipient">
                {quote.recipient.name} {quote.recipient.phone ?? ""} {quote.recipient.address}
              </dd>
            </>
          )}
          {quote.message ? (
            <>
              <dt>{t("quote.detail.message")}</dt>
              <dd data-testid="quote-message">{quote.message}</dd>
            </>
          ) : null}
        </dl>
        {status === "requested" ? (
          <p className={styles.notice}>{t("quote.detail.waiting")}</p>
        ) : null}
        {status === "expired" ? (
          <p className={styles.notice} data-testid="quote-expired">
            {t("quote.detail.expired")}
          </p>
        ) : null}
        {status === "declined" && quote.decline_reason ? (
          <p data-testid="quote-decline-reason">
            {t("quote.detail.declineReason", { reason: quote.decline_reason })}
          </p>
        ) : null}
        <h2>{t("quote.detail.lines")}</h2>
        <QuoteLines lines={quote.lines} />
        <QuoteTerms quote={quote} />
      </section>
      <QuoteOutcome quote={quote} transfer={transfer} />
      {quote.order_id && invoices ? (
        <QuoteInvoices orderId={quote.order_id} invoices={invoices} email={customer.email ?? ""} />
      ) : null}
      {mayDecide ? (
        <section className={styles.card} aria-labelledby="quote-decide-heading">
          <h2 id="quote-decide-heading">{t("quote.accept.heading")}</h2>
          <p className={styles.hint}>{t("quote.accept.intro")}</p>
          <QuoteDecide messages={messagesOf("quote")} id={quote.id} />
        </section>
      ) : readOnly ? (
        <p className={styles.hint}>{t("quote.detail.readOnly")}</p>
      ) : null}
    </AccountShell>
  )
}
