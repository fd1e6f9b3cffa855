import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { keepPreviousData } from "@tanstack/react-query"
import { chinaDateTimeShort } from "../../../shared/china-time"
import { type AdminQuote, QUOTE_STATUSES } from "../../../types/http/quote"
import { yuanText } from "../../components/aid/format"
import { crumbHandle } from "../../components/crumbs"
import { DataTable, type DataTableColumn, linkColumn, listTable } from "../../components/data-table"
import { EnumFilter } from "../../components/filter-select"
import { UnitFilter, unitFilterOf } from "../../components/units/unit-filter"
import { ListFilters, ListPage } from "../../components/list-page"
import { QuoteStatusBadge } from "../../components/quotes/status-badge"
import { useQuotes } from "../../hooks/api/quotes"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { oneOf, useListParams } from "../../lib/url-params"

export const config = defineRouteConfig({
  label: "nav.quotes",
  translationNs: "meixian",
  icon: ChatBubbleLeftRight,
})

export const handle = crumbHandle("nav.quotes")

const quoteHref = (quote: AdminQuote) => `/quotes/${quote.id}`

const columns = (t: TranslateFn): DataTableColumn<AdminQuote>[] => [
  linkColumn("display_id", t("quote.columns.displayId"), quoteHref, (quote) => quote.display_id),
  {
    key: "requested_at",
    header: t("quote.columns.requestedAt"),
    className: "whitespace-nowrap",
    cell: (quote) => chinaDateTimeShort(quote.requested_at),
  },
  { key: "unit", header: t("quote.columns.unit"), cell: (quote) => quote.unit_name },
  {
    key: "total",
    header: t("quote.columns.total"),
    align: "right",
    cell: (quote) => yuanText(t, quote.total),
  },
  {
    key: "valid_until",
    header: t("quote.columns.validUntil"),
    className: "whitespace-nowrap",
    cell: (quote) => (quote.valid_until ? chinaDateTimeShort(quote.valid_until) : t("common.none")),
  },
  {
    key: "status",
    header: t("quote.columns.status"),
    cell: (quote) => <QuoteStatusBadge status={quote.status} />,
  },
]

const TABLE = listTable<AdminQuote>("quotes", {
  href: quoteHref,
  minWidth: "min-w-[900px]",
  columns,
  empty: "quote.empty",
})

/** 询价: every unit's quotes, newest first; by status, unit and reference (all in the URL). */
const QuotesPage = () => {
  const t = useT()
  const list = useListParams()
  const status = oneOf(QUOTE_STATUSES, list.searchParams.get("status"))
  const unitId = unitFilterOf(list)
  const { data, ...query } = useQuotes(
    { ...list.query, status, unit_id: unitId },
    { placeholderData: keepPreviousData }
  )
  return (
    <ListPage title={t("quote.listTitle")} subtitle={t("quote.listSubtitle")}>
      <ListFilters list={list} name="quotes" placeholder={t("quote.searchPlaceholder")}>
        <EnumFilter
          list={list}
          name="status"
          options={QUOTE_STATUSES}
          optionLabel={(value) => t(`quote.status.${value}`)}
          label={t("quote.filters.status")}
          allLabel={t("quote.filters.allStatuses")}
          testId="quotes-filter-status"
        />
        <UnitFilter
          list={list}
          label={t("quote.filters.unit")}
          allLabel={t("quote.filters.allUnits")}
          testId="quotes-filter-unit"
        />
      </ListFilters>
      <DataTable {...TABLE} query={query} rows={data?.quotes} page={list.paging(data?.count)} />
    </ListPage>
  )
}

export default QuotesPage
