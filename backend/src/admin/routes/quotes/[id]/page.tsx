import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link, type UIMatch, useParams } from "react-router-dom"
import { chinaDateTimeShort } from "../../../../shared/china-time"
import type { AdminQuote } from "../../../../types/http/quote"
import { yuanText } from "../../../components/aid/format"
import { DetailHeader, DetailPage, DetailSection } from "../../../components/detail"
import { OverviewRow } from "../../../components/partners/partner-sections"
import { QuoteCrumb } from "../../../components/quotes/crumb"
import { QuoteActions } from "../../../components/quotes/quote-actions"
import { isEditable, QuoteForm } from "../../../components/quotes/quote-form"
import { bulkFacts } from "../../../components/quotes/bulk-facts"
import { QuoteParcels } from "../../../components/quotes/quote-parcels"
import { QuoteStatusBadge } from "../../../components/quotes/status-badge"
import { useQuote } from "../../../hooks/api/quotes"
import { useT } from "../../../i18n/use-t"

const linkClass = "text-ui-fg-interactive hover:underline"

const QuoteFacts = ({ quote }: { quote: AdminQuote }) => {
  const t = useT()
  const none = t("common.none")
  const at = (value: string | null) => (value ? chinaDateTimeShort(value) : none)
  const r = quote.recipient
  const rows: [string, ReactNode][] = [
    [t("quote.columns.status"), <QuoteStatusBadge key="s" status={quote.status} />],
    [
      t("quote.columns.unit"),
      <Link key="u" to={`/units/${quote.unit_id}`} className={linkClass}>
        {quote.unit_name}
      </Link>,
    ],
    [t("quote.detail.message"), quote.message ?? none],
    ...bulkFacts(t, quote, linkClass),
    [t("quote.detail.recipient"), [r.name, r.phone, r.address].filter(Boolean).join(" · ")],
    [t("quote.columns.total"), yuanText(t, quote.total)],
    [t("quote.columns.validUntil"), at(quote.valid_until)],
    [
      t("quote.detail.delivery"),
      quote.delivery_from || quote.delivery_to
        ? `${quote.delivery_from ?? ""} ~ ${quote.delivery_to ?? ""}`
        : none,
    ],
    [t("quote.detail.terms"), quote.terms ?? none],
    [t("quote.detail.requestedAt"), at(quote.requested_at)],
    [t("quote.detail.quotedAt"), at(quote.quoted_at)],
    [t("quote.detail.decidedAt"), at(quote.decided_at)],
    [t("quote.detail.declineReason"), quote.decline_reason ?? none],
    [t("quote.detail.approval"), quote.approval_id ?? none],
    [
      t("quote.detail.order"),
      quote.order_id ? (
        <Link key="o" to={`/orders/${quote.order_id}`} className={linkClass}>
          {quote.order_id}
        </Link>
      ) : (
        none
      ),
    ],
  ]
  return (
    <DetailSection title={t("quote.detail.title")} testId="quote-facts">
      {rows.map(([label, value]) => (
        <OverviewRow key={label} label={label}>
          {value}
        </OverviewRow>
      ))}
    </DetailSection>
  )
}

/** One quote: what the unit asked, the 报价 form while open, 发送报价 and 取消询价. */
const QuoteDetailPage = () => {
  const t = useT()
  const { id = "" } = useParams()
  const query = useQuote(id)
  return (
    <DetailPage query={query} notFound={t("quote.notFound")}>
      {({ quote }) => (
        <div className="flex flex-col gap-y-3" data-testid="quote-detail">
          <DetailHeader
            title={quote.display_id}
            badges={<QuoteStatusBadge status={quote.status} />}
            subtitle={`${quote.unit_name} · ${yuanText(t, quote.total)}`}
            subtitleClassName="tabular-nums"
            actions={<QuoteActions quote={quote} />}
          />
          {isEditable(quote) ? (
            <QuoteForm key={`${quote.id}-${quote.status}-${quote.quoted_at}`} quote={quote} />
          ) : (
            <Text size="small" className="text-ui-fg-muted px-1" data-testid="quote-read-only">
              {t("quote.form.readOnly", { status: t(`quote.status.${quote.status}`) })}
            </Text>
          )}
          <QuoteFacts quote={quote} />
          <QuoteParcels quote={quote} />
        </div>
      )}
    </DetailPage>
  )
}

export const handle = {
  breadcrumb: ({ params }: UIMatch) => <QuoteCrumb id={params.id ?? ""} />,
}

export default QuoteDetailPage
