import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentSeries } from "@medusajs/icons"
import { keepPreviousData } from "@tanstack/react-query"
import { type AdminBulkOrderSummary, BULK_ORDER_STATUSES } from "../../../types/http/bulk-order"
import {
  bulkOrderColumns,
  bulkOrderHref,
  bulkOrderRowProps,
} from "../../components/bulk-orders/columns"
import { crumbHandle } from "../../components/crumbs"
import { DataTable, listTable } from "../../components/data-table"
import { EnumFilter } from "../../components/filter-select"
import { UnitFilter, unitFilterOf } from "../../components/units/unit-filter"
import { ListFilters, ListPage } from "../../components/list-page"
import { useBulkOrders } from "../../hooks/api/bulk-orders"
import { useT } from "../../i18n/use-t"
import { oneOf, useListParams } from "../../lib/url-params"

export const config = defineRouteConfig({
  label: "nav.bulkOrders",
  translationNs: "meixian",
  icon: DocumentSeries,
})

export const handle = crumbHandle("nav.bulkOrders")

const TABLE = listTable<AdminBulkOrderSummary>("bulk-orders", {
  href: bulkOrderHref,
  minWidth: "min-w-[900px]",
  columns: (t) => bulkOrderColumns(t, { withUnit: true }),
  empty: "bulkOrder.empty",
  rowProps: bulkOrderRowProps,
})

/** 批量订单: every unit's, newest first; by status and unit (both in the URL), by reference or PO number. */
const BulkOrdersPage = () => {
  const t = useT()
  const list = useListParams()
  const status = oneOf(BULK_ORDER_STATUSES, list.searchParams.get("status"))
  const unitId = unitFilterOf(list)
  const { data, ...query } = useBulkOrders(
    { ...list.query, status, unit_id: unitId },
    { placeholderData: keepPreviousData }
  )

  return (
    <ListPage title={t("bulkOrder.listTitle")} subtitle={t("bulkOrder.listSubtitle")}>
      <ListFilters list={list} name="bulk-orders" placeholder={t("bulkOrder.searchPlaceholder")}>
        <EnumFilter
          list={list}
          name="status"
          options={BULK_ORDER_STATUSES}
          optionLabel={(value) => t(`bulkOrder.status.${value}`)}
          label={t("bulkOrder.filters.status")}
          allLabel={t("bulkOrder.filters.allStatuses")}
          testId="bulk-orders-filter-status"
        />
        <UnitFilter
          list={list}
          label={t("bulkOrder.filters.unit")}
          allLabel={t("bulkOrder.filters.allUnits")}
          testId="bulk-orders-filter-unit"
        />
      </ListFilters>
      <DataTable
        {...TABLE}
        query={query}
        rows={data?.bulk_orders}
        page={list.paging(data?.count)}
      />
    </ListPage>
  )
}

export default BulkOrdersPage
