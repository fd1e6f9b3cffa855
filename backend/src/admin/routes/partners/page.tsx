import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Select } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { PARTNER_KINDS, type AdminPartnerListResponse } from "../../../types/http"
import { ActiveBadge, KindBadge } from "../../components/badges"
import { crumbHandle } from "../../components/crumbs"
import { DataTable, type DataTableColumn, listTable, RowLink } from "../../components/data-table"
import { FilterSelect } from "../../components/filter-select"
import { ListPage, ListSearch } from "../../components/list-page"
import { usePartners } from "../../hooks/api/partners"
import { useTowns } from "../../hooks/api/towns"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { oneOf, useListParams } from "../../lib/url-params"
import { MAX_PAGE_SIZE } from "../../lib/client"
import { CreatePartnerModal } from "./create-partner-modal"

export const config = defineRouteConfig({
  label: "nav.partners",
  translationNs: "meixian",
  icon: BuildingStorefront,
})

export const handle = crumbHandle("nav.partners")

type PartnerRow = AdminPartnerListResponse["partners"][number]

const columns = (t: TranslateFn): DataTableColumn<PartnerRow>[] => [
  {
    key: "name",
    header: t("partner.columns.name"),
    className: "max-w-[240px] truncate",
    cell: (partner) => (
      <RowLink to={`/partners/${partner.id}`} title={partner.name}>
        {partner.name}
      </RowLink>
    ),
  },
  {
    key: "kind",
    header: t("partner.columns.kind"),
    cell: (partner) => <KindBadge kind={partner.kind} />,
  },
  {
    key: "town",
    header: t("partner.columns.town"),
    className: "whitespace-nowrap",
    cell: (partner) => partner.town?.name ?? t("common.none"),
  },
  {
    key: "village",
    header: t("partner.columns.village"),
    className: "whitespace-nowrap",
    cell: (partner) => partner.village?.name ?? t("common.none"),
  },
  {
    key: "households",
    header: t("partner.columns.households"),
    align: "right",
    cell: (partner) => partner.households_involved ?? 0,
  },
  {
    key: "products",
    header: t("partner.columns.products"),
    align: "right",
    cell: (partner) => partner.product_count ?? 0,
  },
  {
    key: "status",
    header: t("partner.columns.status"),
    cell: (partner) => <ActiveBadge active={partner.is_active} />,
  },
]

/** The table's fixed parts. */
const TABLE = listTable<PartnerRow>("partners", {
  href: (partner) => `/partners/${partner.id}`,
  minWidth: "min-w-[760px]",
  columns,
  empty: "partner.empty",
})

const PartnersPage = () => {
  const t = useT()
  // Filters live in the URL so they survive opening a partner and coming back.
  const list = useListParams()
  const { searchParams, update } = list
  const townId = searchParams.get("town_id") ?? ""
  const kind = oneOf(PARTNER_KINDS, searchParams.get("kind"))
  const isActive = oneOf(["true", "false"] as const, searchParams.get("is_active"))

  const towns = useTowns({ limit: MAX_PAGE_SIZE })
  const { data, ...query } = usePartners(
    { ...list.query, town_id: townId || undefined, kind, is_active: isActive },
    { placeholderData: keepPreviousData }
  )

  return (
    <ListPage
      title={t("partner.listTitle")}
      subtitle={t("partner.listSubtitle")}
      actions={<CreatePartnerModal />}
    >
      <div
        className="grid grid-cols-1 gap-2 px-4 py-3 sm:grid-cols-2 sm:px-6 lg:grid-cols-4"
        data-testid="partners-filters"
      >
        <ListSearch
          list={list}
          placeholder={t("partner.searchPlaceholder")}
          testId="partners-search"
        />
        <FilterSelect
          value={townId}
          onChange={(value) => update({ town_id: value })}
          label={t("partner.filters.town")}
          allLabel={t("partner.filters.allTowns")}
          testId="partners-filter-town"
        >
          {(towns.data?.towns ?? []).map((town) => (
            <Select.Item key={town.id} value={town.id}>
              {town.name}
            </Select.Item>
          ))}
        </FilterSelect>
        <FilterSelect
          value={kind}
          onChange={(value) => update({ kind: value })}
          label={t("partner.filters.kind")}
          allLabel={t("partner.filters.allKinds")}
          testId="partners-filter-kind"
        >
          {PARTNER_KINDS.map((value) => (
            <Select.Item key={value} value={value}>
              {t(`partnerKind.${value}`)}
            </Select.Item>
          ))}
        </FilterSelect>
        <FilterSelect
          value={isActive}
          onChange={(value) => update({ is_active: value })}
          label={t("partner.filters.status")}
          allLabel={t("partner.filters.allStatuses")}
          testId="partners-filter-status"
        >
          <Select.Item value="true">{t("common.active")}</Select.Item>
          <Select.Item value="false">{t("common.inactive")}</Select.Item>
        </FilterSelect>
      </div>
      <DataTable {...TABLE} query={query} rows={data?.partners} page={list.paging(data?.count)} />
    </ListPage>
  )
}

export default PartnersPage
