import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { chinaDateTimeShort } from "../../../shared/china-time"
import { type AdminUnitListResponse, UNIT_KINDS, UNIT_STATUSES } from "../../../types/http/unit"
import { crumbHandle } from "../../components/crumbs"
import { DataTable, type DataTableColumn, linkColumn, listTable } from "../../components/data-table"
import { EnumFilter } from "../../components/filter-select"
import { ListFilters, ListPage } from "../../components/list-page"
import { UnitKindBadge, UnitStatusBadge } from "../../components/units/unit-badges"
import { useUnits } from "../../hooks/api/units"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { oneOf, useListParams } from "../../lib/url-params"
import { CreateUnitModal } from "./create-unit-modal"

export const config = defineRouteConfig({
  label: "nav.units",
  translationNs: "meixian",
  icon: Buildings,
})

export const handle = crumbHandle("nav.units")

type UnitRow = AdminUnitListResponse["units"][number]

const unitHref = (unit: UnitRow) => `/units/${unit.id}`

const columns = (t: TranslateFn): DataTableColumn<UnitRow>[] => [
  linkColumn("name", t("unit.columns.name"), unitHref, (unit) => unit.name),
  {
    key: "kind",
    header: t("unit.columns.kind"),
    cell: (unit) => <UnitKindBadge kind={unit.kind} />,
  },
  {
    key: "credit_code",
    header: t("unit.columns.creditCode"),
    className: "whitespace-nowrap font-mono",
    cell: (unit) => unit.credit_code,
  },
  {
    key: "members",
    header: t("unit.columns.members"),
    align: "right",
    cell: (unit) => unit.member_count,
  },
  {
    key: "headcount",
    header: t("unit.columns.headcount"),
    align: "right",
    cell: (unit) => unit.headcount ?? t("common.none"),
  },
  {
    key: "status",
    header: t("unit.columns.status"),
    cell: (unit) => <UnitStatusBadge status={unit.status} />,
  },
  {
    key: "created_at",
    header: t("unit.columns.createdAt"),
    className: "whitespace-nowrap",
    cell: (unit) => chinaDateTimeShort(unit.created_at),
  },
]

const TABLE = listTable<UnitRow>("units", {
  href: unitHref,
  minWidth: "min-w-[820px]",
  columns,
  empty: "unit.empty",
})

const UnitsPage = () => {
  const t = useT()
  const list = useListParams()
  const status = oneOf(UNIT_STATUSES, list.searchParams.get("status"))
  const kind = oneOf(UNIT_KINDS, list.searchParams.get("kind"))
  const { data, ...query } = useUnits(
    { ...list.query, status, kind },
    { placeholderData: keepPreviousData }
  )

  return (
    <ListPage
      title={t("unit.listTitle")}
      subtitle={t("unit.listSubtitle")}
      actions={
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" asChild>
            <Link to="/unit-prices" data-testid="units-unit-prices">
              {t("unitPrice.open")}
            </Link>
          </Button>
          <Button size="small" variant="secondary" asChild>
            <Link to="/bulk-orders" data-testid="units-bulk-orders">
              {t("bulkOrder.open")}
            </Link>
          </Button>
          <CreateUnitModal />
        </div>
      }
    >
      <ListFilters list={list} name="units" placeholder={t("unit.searchPlaceholder")}>
        <EnumFilter
          list={list}
          name="status"
          options={UNIT_STATUSES}
          optionLabel={(value) => t(`unit.status.${value}`)}
          label={t("unit.filters.status")}
          allLabel={t("unit.filters.allStatuses")}
          testId="units-filter-status"
        />
        <EnumFilter
          list={list}
          name="kind"
          options={UNIT_KINDS}
          optionLabel={(value) => t(`unit.kind.${value}`)}
          label={t("unit.filters.kind")}
          allLabel={t("unit.filters.allKinds")}
          testId="units-filter-kind"
        />
      </ListFilters>
      <DataTable {...TABLE} query={query} rows={data?.units} page={list.paging(data?.count)} />
    </ListPage>
  )
}

export default UnitsPage
