import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { keepPreviousData } from "@tanstack/react-query"
import { crumbHandle } from "../../components/crumbs"
import { DataTable, type DataTableColumn, listTable, RowLink } from "../../components/data-table"
import { ListPage, ListSearch } from "../../components/list-page"
import { useTowns } from "../../hooks/api/towns"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { useListParams } from "../../lib/url-params"
import type { AdminTownListResponse } from "../../../types/http"
import { CreateTownModal } from "./create-town-modal"

export const config = defineRouteConfig({
  label: "nav.towns",
  translationNs: "meixian",
  icon: MapPin,
})

export const handle = crumbHandle("nav.towns")

/** Village names shown in the list before "等 N 个村". */
const VILLAGES_SHOWN = 3

type TownRow = AdminTownListResponse["towns"][number]

const villagesText = (t: TranslateFn, town: TownRow) => {
  const names = town.villages.map((village) => village.name)
  if (!names.length) return t("common.none")
  const shown = names.slice(0, VILLAGES_SHOWN).join(t("common.listSeparator"))
  return names.length > VILLAGES_SHOWN
    ? `${shown} ${t("town.villagesMore", { count: names.length })}`
    : shown
}

const columns = (t: TranslateFn): DataTableColumn<TownRow>[] => [
  {
    key: "name",
    header: t("town.columns.name"),
    className: "whitespace-nowrap",
    cell: (town) => <RowLink to={`/towns/${town.id}`}>{town.name}</RowLink>,
  },
  {
    key: "pinyin",
    header: t("town.columns.pinyin"),
    className: "whitespace-nowrap",
    cell: (town) => town.name_pinyin,
  },
  {
    key: "villages",
    header: t("town.columns.villages"),
    className: "max-w-[280px] truncate",
    title: (town) => town.villages.map((v) => v.name).join(t("common.listSeparator")),
    cell: (town) => villagesText(t, town),
  },
  {
    key: "partners",
    header: t("town.columns.partnerCount"),
    align: "right",
    cell: (town) => town.partner_count ?? 0,
  },
]

/** The table's fixed parts. */
const TABLE = listTable<TownRow>("towns", {
  href: (town) => `/towns/${town.id}`,
  minWidth: "min-w-[560px]",
  columns,
  empty: "town.empty",
})

const TownsPage = () => {
  const t = useT()
  const list = useListParams()
  const { data, ...query } = useTowns(list.query, { placeholderData: keepPreviousData })

  return (
    <ListPage
      title={t("town.listTitle")}
      subtitle={t("town.listSubtitle")}
      actions={<CreateTownModal />}
    >
      <div className="px-4 py-3 sm:px-6">
        <ListSearch list={list} placeholder={t("town.searchPlaceholder")} testId="towns-search" />
      </div>
      <DataTable {...TABLE} query={query} rows={data?.towns} page={list.paging(data?.count)} />
    </ListPage>
  )
}

export default TownsPage
