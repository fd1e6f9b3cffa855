import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import { keepPreviousData } from "@tanstack/react-query"
import { type AdminRemittance, REMITTANCE_STATUSES } from "../../../types/http/remittances"
import { yuanText } from "../../components/aid/format"
import { crumbHandle } from "../../components/crumbs"
import { DataTable, type DataTableColumn, linkColumn, listTable } from "../../components/data-table"
import { EnumFilter } from "../../components/filter-select"
import { ListFilters, ListPage } from "../../components/list-page"
import { ImportStatementDrawer } from "../../components/remittances/import-drawer"
import { RecordRemittanceDrawer } from "../../components/remittances/record-drawer"
import { RemittanceStatusBadge } from "../../components/remittances/status-badge"
import { useRemittances } from "../../hooks/api/remittances"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { oneOf, useListParams } from "../../lib/url-params"

export const config = defineRouteConfig({
  label: "nav.remittances",
  translationNs: "meixian",
  icon: Receipt,
})

export const handle = crumbHandle("nav.remittances")

const creditHref = (credit: AdminRemittance) => `/remittances/${credit.id}`

const columns = (t: TranslateFn): DataTableColumn<AdminRemittance>[] => [
  {
    key: "paid_on",
    header: t("remittance.columns.paidOn"),
    className: "whitespace-nowrap",
    cell: (credit) => credit.paid_on,
  },
  linkColumn("payer", t("remittance.columns.payer"), creditHref, (credit) => credit.payer_name),
  {
    key: "amount",
    header: t("remittance.columns.amount"),
    align: "right",
    cell: (credit) => yuanText(t, credit.amount),
  },
  {
    key: "remark",
    header: t("remittance.columns.remark"),
    className: "max-w-[240px] truncate",
    title: (credit) => credit.remark ?? undefined,
    cell: (credit) => credit.remark ?? t("common.none"),
  },
  {
    key: "reference",
    header: t("remittance.columns.reference"),
    className: "whitespace-nowrap font-mono",
    cell: (credit) => credit.reference ?? t("common.none"),
  },
  {
    key: "serial",
    header: t("remittance.columns.serial"),
    className: "whitespace-nowrap font-mono",
    cell: (credit) => credit.bank_serial ?? t("common.none"),
  },
  {
    key: "status",
    header: t("remittance.columns.status"),
    cell: (credit) => <RemittanceStatusBadge status={credit.status} />,
  },
]

const TABLE = listTable<AdminRemittance>("remittances", {
  href: creditHref,
  minWidth: "min-w-[900px]",
  columns,
  empty: "remittance.empty",
  rowProps: (credit) => ({
    "data-testid": "remittances-table-row",
    "data-serial": credit.bank_serial ?? "",
    "data-reference": credit.reference ?? "",
  }),
})

const RemittancesPage = () => {
  const t = useT()
  const list = useListParams()
  const status = oneOf(REMITTANCE_STATUSES, list.searchParams.get("status"))
  const { data, ...query } = useRemittances(
    { ...list.query, status },
    { placeholderData: keepPreviousData }
  )

  return (
    <ListPage
      title={t("remittance.listTitle")}
      subtitle={t("remittance.listSubtitle")}
      actions={
        <div className="flex gap-x-2">
          <ImportStatementDrawer />
          <RecordRemittanceDrawer />
        </div>
      }
    >
      <ListFilters list={list} name="remittances" placeholder={t("remittance.searchPlaceholder")}>
        <EnumFilter
          list={list}
          name="status"
          options={REMITTANCE_STATUSES}
          optionLabel={(value) => t(`remittance.status.${value}`)}
          label={t("remittance.filters.status")}
          allLabel={t("remittance.filters.allStatuses")}
          testId="remittances-filter-status"
        />
      </ListFilters>
      <DataTable
        {...TABLE}
        query={query}
        rows={data?.remittances}
        page={list.paging(data?.count)}
      />
    </ListPage>
  )
}

export default RemittancesPage
