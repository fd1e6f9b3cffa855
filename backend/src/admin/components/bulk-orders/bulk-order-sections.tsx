import { Button } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { chinaDateTimeShort } from "../../../shared/china-time"
import { yuanInCapitals } from "../../../shared/money"
import type { AdminBulkOrder } from "../../../types/http/bulk-order"
import type { AdminRemittance } from "../../../types/http/remittances"
import { useDownloadBulkOrderNotice } from "../../hooks/api/bulk-orders"
import { useRemittances } from "../../hooks/api/remittances"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { saveFile } from "../../lib/client"
import { useNotify } from "../../lib/notify"
import { yuanText } from "../aid/format"
import { DataTable, type DataTableColumn, RowLink } from "../data-table"
import { DetailSection } from "../detail"
import { OverviewRow } from "../partners/partner-sections"
import { RemittanceStatusBadge } from "../remittances/status-badge"

const linkClass = "text-ui-fg-interactive hover:underline"

/** 下载付款通知书: only while the bulk order awaits its transfer (the server answers 400 otherwise). */
export const BulkOrderNoticeButton = ({ order }: { order: AdminBulkOrder }) => {
  const t = useT()
  const notify = useNotify()
  const download = useDownloadBulkOrderNotice(order.id, {
    onSuccess: (file) => {
      saveFile(file)
      notify.success("bulkOrder.notice.downloaded")
    },
    onError: (error) => notify.refused(error, "bulkOrder.notice.failed"),
  })
  if (order.status !== "awaiting_payment") return null
  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={download.isPending}
      onClick={() => download.mutate(order.reference)}
      data-testid="bulk-order-notice"
    >
      {t("bulkOrder.notice.download")}
    </Button>
  )
}

/** The bulk order's facts: unit, PO number, note, amount in figures and capitals, dates. */
export const BulkOrderFacts = ({ order }: { order: AdminBulkOrder }) => {
  const t = useT()
  const none = t("common.none")
  const rows: [string, ReactNode][] = [
    [
      t("bulkOrder.detail.unit"),
      order.unit ? (
        <Link to={`/units/${order.unit.id}`} className={linkClass} data-testid="bulk-order-unit">
          {order.unit.name}
        </Link>
      ) : (
        none
      ),
    ],
    [t("bulkOrder.detail.poNumber"), order.po_number ?? none],
    [t("bulkOrder.detail.note"), order.note ?? none],
    [t("bulkOrder.detail.amount"), yuanText(t, order.amount)],
    [t("bulkOrder.detail.capitals"), <span key="c">{yuanInCapitals(order.amount)}</span>],
    [t("bulkOrder.detail.deadline"), chinaDateTimeShort(order.payment_deadline)],
    [t("bulkOrder.detail.createdAt"), chinaDateTimeShort(order.created_at)],
  ]
  if (order.paid_at) rows.push([t("bulkOrder.detail.paidAt"), chinaDateTimeShort(order.paid_at)])
  if (order.canceled_at) {
    rows.push([t("bulkOrder.detail.canceledAt"), chinaDateTimeShort(order.canceled_at)])
    rows.push([t("bulkOrder.detail.cancelReason"), order.cancel_reason ?? none])
  }
  return (
    <DetailSection title={t("bulkOrder.detail.title")} testId="bulk-order-facts">
      {rows.map(([label, value]) => (
        <OverviewRow key={label} label={label}>
          {value}
        </OverviewRow>
      ))}
    </DetailSection>
  )
}

const remittanceColumns = (t: TranslateFn): DataTableColumn<AdminRemittance>[] => [
  {
    key: "paid_on",
    header: t("remittance.columns.paidOn"),
    className: "whitespace-nowrap",
    cell: (credit) => (
      <RowLink to={`/remittances/${credit.id}`} title={credit.payer_name}>
        {credit.paid_on}
      </RowLink>
    ),
  },
  {
    key: "payer",
    header: t("remittance.columns.payer"),
    className: "max-w-[200px] truncate",
    cell: (credit) => credit.payer_name,
  },
  {
    key: "amount",
    header: t("remittance.columns.amount"),
    align: "right",
    cell: (credit) => yuanText(t, credit.amount),
  },
  {
    key: "status",
    header: t("remittance.columns.status"),
    cell: (credit) => <RemittanceStatusBadge status={credit.status} />,
  },
]

/**
 * The credits that name this bulk order: those matched to it, and those
 * flagged (under- or overpaid, another payer) that carry its reference.
 */
export const BulkOrderRemittances = ({ order }: { order: AdminBulkOrder }) => {
  const t = useT()
  const { data, ...query } = useRemittances({ q: order.reference, limit: 50 })
  const rows = data?.remittances.filter(
    (credit) =>
      credit.reference === order.reference ||
      (credit.target?.kind === "bulk_order" && credit.target.id === order.id)
  )
  return (
    <DetailSection
      title={t("bulkOrder.remittances.title")}
      aside={
        <Link to={`/remittances?q=${encodeURIComponent(order.reference)}`} className={linkClass}>
          {t("bulkOrder.remittances.open")}
        </Link>
      }
      testId="bulk-order-remittances"
    >
      <DataTable
        query={query}
        rows={rows}
        columns={remittanceColumns}
        href={(credit) => `/remittances/${credit.id}`}
        minWidth="min-w-[520px]"
        empty="bulkOrder.remittances.empty"
        hideHeaderWhenEmpty
      />
    </DetailSection>
  )
}
