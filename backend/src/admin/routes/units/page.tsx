import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Select } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { chinaDateTimeShort } from "../../../shared/china-time"
import { type AdminUnitListResponse, UNIT_KINDS, UNIT_STATUSES } from "../../../types/http/unit"
import { crumbHandle } from "../../components/crumbs"
import { DataTable, type DataTableColumn, listTable, RowLink } from "../../components/data-table"
import { FilterSelect } from "../../components/filter-select"
import { ListPage, ListSearch } from "../../components/list-page"
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

const columns = (t: TranslateFn): DataTableColumn<UnitRow>[] => [
  {
    key: "name",
    header: t("unit.columns.name"),
    className: "max-w-[260px] truncate",
    cell: (unit) => (
      <RowLink to={`/units/${unit.id}`} title={unit.name}>
        {unit.name}
      </RowLink>
    ),
  },
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
  href: (unit) => `/units/${unit.id}`,
  minWidth: "min-w-[820px]",
  columns,
  empty: "unit.empty",
})

const UnitsPage = () => {
  const t = useT()
  const list = useListParams()
  const { searchParams, update } = list
  const status = oneOf(UNIT_STATUSES, searchParams.get("status"))
  const kind = oneOf(UNIT_KINDS, searchParams.get("kind"))
  const { data, ...query } = useUnits(
    { ...list.query, status, kind },
    { placeholderData: keepPreviousData }
  )

  return (
    <ListPage
      title={t("unit.listTitle")}
      subtitle={t("unit.listSubtitle")}
      actions={<CreateUnitModal />}
    >
      <div
        className="grid grid-cols-1 gap-2 px-4 py-3 sm:grid-cols-2 sm:px-6 lg:grid-cols-3"
        data-testid="units-filters"
      >
        <ListSearch list={list} placeholder={t("unit.searchPlaceholder")} testId="units-search" />
        <FilterSelect
          value={status}
          onChange={(value) => update({ status: value })}
          label={t("unit.filters.status")}
          allLabel={t("unit.filters.allStatuses")}
          testId="units-filter-status"
        >
          {UNIT_STATUSES.map((value) => (
            <Select.Item key={value} value={value}>
              {t(`unit.status.${value}`)}
            </Select.Item>
          ))}
        </FilterSelect>
        <FilterSelect
          value={kind}
          onChange={(value) => update({ kind: value })}
          label={t("unit.filters.kind")}
          allLabel={t("unit.filters.allKinds")}
          testId="units-filter-kind"
        >
          {UNIT_KINDS.map((value) => (
            <Select.Item key={value} value={value}>
              {t(`unit.kind.${value}`)}
            </Select.Item>
          ))}
        </FilterSelect>
      </div>
      <DataTable {...TABLE} query={query} rows={data?.units} page={list.paging(data?.count)} />
    </ListPage>
  )
}

export default UnitsPage
