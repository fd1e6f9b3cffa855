import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { keepPreviousData } from "@tanstack/react-query"
import { chinaDateTimeShort } from "../../../shared/china-time"
import { INVOICE_STATUSES, type InvoiceRequestDTO } from "../../../types/http/invoice"
import { yuanText } from "../../components/aid/format"
import { crumbHandle } from "../../components/crumbs"
import { DataTable, type DataTableColumn, linkColumn, listTable } from "../../components/data-table"
import { EnumFilter } from "../../components/filter-select"
import { InvoiceStatusBadge } from "../../components/invoices/status-badge"
import { ListFilters, ListPage } from "../../components/list-page"
import { useInvoiceRequests } from "../../hooks/api/invoice-requests"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { oneOf, useListParams } from "../../lib/url-params"

export const config = defineRouteConfig({
  label: "nav.invoices",
  translationNs: "meixian",
  icon: DocumentText,
})

export const handle = crumbHandle("nav.invoices")

const requestHref = (request: InvoiceRequestDTO) => `/invoice-requests/${request.id}`

const columns = (t: TranslateFn): DataTableColumn<InvoiceRequestDTO>[] => [
  {
    key: "created_at",
    header: t("invoice.columns.createdAt"),
    className: "whitespace-nowrap",
    cell: (request) => chinaDateTimeShort(request.created_at),
  },
  linkColumn("title", t("invoice.columns.title"), requestHref, (request) => request.title),
  {
    key: "kind",
    header: t("invoice.columns.kind"),
    cell: (request) => t(`invoice.kind.${request.kind}`),
  },
  {
    key: "amount",
    header: t("invoice.columns.amount"),
    align: "right",
    cell: (request) => yuanText(t, request.amount),
  },
  {
    key: "target",
    header: t("invoice.columns.target"),
    className: "whitespace-nowrap font-mono",
    cell: (request) => request.order_id ?? request.bulk_order_id ?? t("common.none"),
  },
  {
    key: "number",
    header: t("invoice.columns.number"),
    className: "whitespace-nowrap font-mono",
    cell: (request) => request.number ?? t("common.none"),
  },
  {
    key: "status",
    header: t("invoice.columns.status"),
    cell: (request) => <InvoiceStatusBadge status={request.status} />,
  },
]

const TABLE = listTable<InvoiceRequestDTO>("invoice-requests", {
  href: requestHref,
  minWidth: "min-w-[900px]",
  columns,
  empty: "invoice.empty",
})

/** 发票: the queue of requests, oldest first, by status. */
const InvoiceRequestsPage = () => {
  const t = useT()
  const list = useListParams()
  const status = oneOf(INVOICE_STATUSES, list.searchParams.get("status"))
  const { data, ...query } = useInvoiceRequests(
    { ...list.query, status },
    { placeholderData: keepPreviousData }
  )
  return (
    <ListPage title={t("invoice.listTitle")} subtitle={t("invoice.listSubtitle")}>
      <ListFilters list={list} name="invoice-requests" placeholder={t("invoice.searchPlaceholder")}>
        <EnumFilter
          list={list}
          name="status"
          options={INVOICE_STATUSES}
          optionLabel={(value) => t(`invoice.status.${value}`)}
          label={t("invoice.filters.status")}
          allLabel={t("invoice.filters.allStatuses")}
          testId="invoice-requests-filter-status"
        />
      </ListFilters>
      <DataTable
        {...TABLE}
        query={query}
        rows={data?.invoice_requests}
        page={list.paging(data?.count)}
      />
    </ListPage>
  )
}

export default InvoiceRequestsPage
