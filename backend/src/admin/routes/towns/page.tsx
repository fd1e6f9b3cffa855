import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { crumbHandle } from "../../components/crumbs"
import {
  DataTable,
  paging,
  type DataTableColumn,
  type DataTableProps,
  RowLink,
} from "../../components/data-table"
import { ListPage, SearchInput } from "../../components/list-page"
import { useTowns } from "../../hooks/api/towns"
import { type TranslateFn, useT } from "../../i18n/use-t"
import type { AdminTownListResponse } from "../../../types/http"
import { CreateTownModal } from "./create-town-modal"

const PAGE_SIZE = 20
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
const TABLE = {
  rowKey: (town) => town.id,
  href: (town) => `/towns/${town.id}`,
  rowProps: () => ({ "data-testid": "towns-table-row" }),
  minWidth: "min-w-[560px]",
  testId: "towns-table",
} satisfies Partial<DataTableProps<TownRow>>

export const config = defineRouteConfig({
  label: "nav.towns",
  translationNs: "meixian",
  icon: MapPin,
})

export const handle = crumbHandle("nav.towns")

const TownsPage = () => {
  const t = useT()
  const [q, setQ] = useState("")
  const [pageIndex, setPageIndex] = useState(0)
  const towns = useTowns(
    { q: q || undefined, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE },
    { placeholderData: keepPreviousData }
  )

  return (
    <ListPage
      title={t("town.listTitle")}
      subtitle={t("town.listSubtitle")}
      actions={<CreateTownModal />}
    >
      <div className="px-4 py-3 sm:px-6">
        <SearchInput
          value={q}
          // a new search starts from the first page
          onSearch={(next) => {
            setQ(next)
            setPageIndex(0)
          }}
          className="w-full sm:max-w-xs"
          placeholder={t("town.searchPlaceholder")}
          testId="towns-search"
        />
      </div>
      <DataTable
        {...TABLE}
        query={towns}
        rows={towns.data?.towns}
        columns={columns(t)}
        emptyMessage={t("town.empty")}
        headerWhenEmpty
        pagination={paging(
          towns.data?.count,
          pageIndex,
          PAGE_SIZE,
          setPageIndex,
          "towns-pagination"
        )}
      />
    </ListPage>
  )
}

export default TownsPage
