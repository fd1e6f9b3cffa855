import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link, type UIMatch, useParams } from "react-router-dom"
import { chinaDateTimeShort } from "../../../../shared/china-time"
import type { AdminInvoiceRequestResponse } from "../../../../types/http/invoice"
import { yuanText } from "../../../components/aid/format"
import { DetailHeader, DetailPage, DetailSection } from "../../../components/detail"
import { InvoiceRequestCrumb } from "../../../components/invoices/crumb"
import {
  InvoiceFileActions,
  IssueInvoiceDrawer,
  ReverseInvoiceButton,
} from "../../../components/invoices/invoice-actions"
import { InvoiceStatusBadge } from "../../../components/invoices/status-badge"
import { OverviewRow } from "../../../components/partners/partner-sections"
import { useInvoiceRequest } from "../../../hooks/api/invoice-requests"
import { useT } from "../../../i18n/use-t"

const linkClass = "text-ui-fg-interactive hover:underline"

const InvoiceFacts = ({ data }: { data: AdminInvoiceRequestResponse }) => {
  const t = useT()
  const none = t("common.none")
  const request = data.invoice_request
  const at = (value: string | null) => (value ? chinaDateTimeShort(value) : none)
  const rows: [string, ReactNode][] = [
    [t("invoice.columns.status"), <InvoiceStatusBadge key="s" status={request.status} />],
    [t("invoice.columns.kind"), t(`invoice.kind.${request.kind}`)],
    [t("invoice.columns.title"), request.title],
    [t("invoice.detail.taxId"), request.tax_id],
    [t("invoice.detail.registeredAddress"), request.registered_address ?? none],
    [t("invoice.detail.registeredPhone"), request.registered_phone ?? none],
    [t("invoice.detail.bankName"), request.bank_name ?? none],
    [t("invoice.detail.bankAccount"), request.bank_account ?? none],
    [t("invoice.columns.amount"), yuanText(t, request.amount)],
    [t("invoice.detail.email"), request.email],
    request.order_id
      ? [
          t("invoice.detail.order"),
          <Link key="o" to={`/orders/${request.order_id}`} className={linkClass}>
            {request.order_id}
          </Link>,
        ]
      : [
          t("invoice.detail.bulkOrder"),
          <Link key="b" to={`/bulk-orders/${request.bulk_order_id}`} className={linkClass}>
            {request.bulk_order_id}
          </Link>,
        ],
    [
      t("invoice.detail.unit"),
      request.unit_id ? (
        <Link key="u" to={`/units/${request.unit_id}`} className={linkClass}>
          {request.unit_id}
        </Link>
      ) : (
        none
      ),
    ],
    [t("invoice.columns.number"), request.number ?? none],
    [t("invoice.detail.issuedOn"), request.issued_on ?? none],
    [t("invoice.detail.flaggedAt"), at(request.flagged_at)],
    [t("invoice.detail.reversedAt"), at(request.reversed_at)],
    [t("invoice.columns.createdAt"), at(request.created_at)],
    [
      t("invoice.detail.invoiceable"),
      `${yuanText(t, data.invoiceable.available)}（${t("invoice.detail.invoiceableHint", data.invoiceable)}）`,
    ],
  ]
  return (
    <DetailSection title={t("invoice.detail.title")} testId="invoice-facts">
      {rows.map(([label, value]) => (
        <OverviewRow key={label} label={label}>
          {value}
        </OverviewRow>
      ))}
    </DetailSection>
  )
}

/** One 发票 request: its details, the order or bulk order, 开票, the PDF, 红冲. */
const InvoiceRequestDetailPage = () => {
  const t = useT()
  const { id = "" } = useParams()
  const query = useInvoiceRequest(id)
  return (
    <DetailPage query={query} notFound={t("invoice.notFound")}>
      {(data) => (
        <div className="flex flex-col gap-y-3" data-testid="invoice-detail">
          <DetailHeader
            title={data.invoice_request.title}
            badges={<InvoiceStatusBadge status={data.invoice_request.status} />}
            subtitle={`${yuanText(t, data.invoice_request.amount)} · ${t(
              `invoice.kind.${data.invoice_request.kind}`
            )}`}
            subtitleClassName="tabular-nums"
            actions={
              <div className="flex gap-x-2">
                <IssueInvoiceDrawer request={data.invoice_request} />
                <InvoiceFileActions request={data.invoice_request} />
                <ReverseInvoiceButton request={data.invoice_request} />
              </div>
            }
          />
          {data.invoice_request.status === "needs_reversal" && (
            <Text
              size="small"
              className="text-ui-fg-error px-1"
              data-testid="invoice-needs-reversal"
            >
              {t("invoice.detail.needsReversal")}
            </Text>
          )}
          <InvoiceFacts data={data} />
        </div>
      )}
    </DetailPage>
  )
}

export const handle = {
  breadcrumb: ({ params }: UIMatch) => <InvoiceRequestCrumb id={params.id ?? ""} />,
}

export default InvoiceRequestDetailPage
