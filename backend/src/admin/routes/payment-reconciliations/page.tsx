import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowPath } from "@medusajs/icons"
import { Tabs, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { chinaDateTimeShort } from "../../../shared/china-time"
import {
  type PaymentReconciliationRun,
  RECONCILIATION_STATUSES,
} from "../../../types/http/payment-reconciliations"
import { yuanText } from "../../components/aid/format"
import { crumbHandle } from "../../components/crumbs"
import { DataTable, type DataTableColumn, listTable } from "../../components/data-table"
import { ListPage } from "../../components/list-page"
import { RunReconciliationDrawer } from "../../components/payment-reconciliations/run-drawer"
import { ReconciliationStatusBadge } from "../../components/payment-reconciliations/status-badge"
import { usePaymentReconciliations } from "../../hooks/api/payment-reconciliations"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { oneOf, useListParams } from "../../lib/url-params"

export const config = defineRouteConfig({
  label: "nav.paymentReconciliations",
  translationNs: "meixian",
  icon: ArrowPath,
})

export const handle = crumbHandle("nav.paymentReconciliations")

const FILTERS = ["all", ...RECONCILIATION_STATUSES] as const

const columns = (t: TranslateFn): DataTableColumn<PaymentReconciliationRun>[] => [
  {
    key: "bill_date",
    header: t("paymentReconciliation.columns.billDate"),
    className: "whitespace-nowrap tabular-nums",
    cell: (run) => run.bill_date,
  },
  {
    key: "provider",
    header: t("paymentReconciliation.columns.provider"),
    className: "whitespace-nowrap",
    cell: (run) => t(`paymentReconciliation.provider.${run.provider}`),
  },
  {
    key: "status",
    header: t("paymentReconciliation.columns.status"),
    cell: (run) => <ReconciliationStatusBadge status={run.status} />,
  },
  {
    key: "bill_total",
    header: t("paymentReconciliation.columns.billTotal"),
    align: "right",
    cell: (run) => yuanText(t, run.bill_total),
  },
  {
    key: "shop_total",
    header: t("paymentReconciliation.columns.shopTotal"),
    align: "right",
    cell: (run) => yuanText(t, run.shop_total),
  },
  {
    key: "counts",
    header: t("paymentReconciliation.columns.counts"),
    align: "right",
    className: "tabular-nums",
    cell: (run) => `${run.bill_count} / ${run.shop_count}`,
  },
  {
    key: "differences",
    header: t("paymentReconciliation.columns.differences"),
    align: "right",
    className: "tabular-nums",
    cell: (run) => `${run.difference_count}（${run.unresolved_count}）`,
  },
  {
    key: "updated_at",
    header: t("paymentReconciliation.columns.updatedAt"),
    className: "whitespace-nowrap",
    cell: (run) => chinaDateTimeShort(run.updated_at),
  },
]

const TABLE = listTable<PaymentReconciliationRun>("payment-reconciliations", {
  href: (run) => `/payment-reconciliations/${run.id}`,
  rowProps: (run) => ({
    "data-testid": "reconciliation-row",
    "data-provider": run.provider,
    "data-bill-date": run.bill_date,
  }),
  minWidth: "min-w-[880px]",
  columns,
  empty: "paymentReconciliation.empty",
})

/** 支付对账: every provider's day compared, newest first, those with differences a tab away. */
const PaymentReconciliationsPage = () => {
  const t = useT()
  const list = useListParams()
  const filter = oneOf(FILTERS, list.searchParams.get("status")) ?? "all"
  const { data, ...query } = usePaymentReconciliations(
    { ...list.query, status: filter === "all" ? undefined : filter },
    { placeholderData: keepPreviousData }
  )
  return (
    <ListPage
      title={t("paymentReconciliation.title")}
      subtitle={t("paymentReconciliation.subtitle")}
      testId="payment-reconciliations-page"
      actions={data ? <RunReconciliationDrawer providers={data.providers} /> : null}
    >
      <div className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <Tabs
          value={filter}
          onValueChange={(value) => list.update({ status: value === "all" ? null : value })}
        >
          <Tabs.List className="flex-wrap">
            {FILTERS.map((key) => (
              <Tabs.Trigger key={key} value={key} data-testid={`reconciliations-filter-${key}`}>
                {t(`paymentReconciliation.filters.${key}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
        {data && !data.providers.length ? (
          <Text size="small" className="text-ui-fg-muted" data-testid="reconciliations-none">
            {t("paymentReconciliation.notConfigured")}
          </Text>
        ) : null}
      </div>
      <DataTable {...TABLE} query={query} rows={data?.runs} page={list.paging(data?.count)} />
    </ListPage>
  )
}

export default PaymentReconciliationsPage
