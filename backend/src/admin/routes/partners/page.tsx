import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Select } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { PARTNER_KINDS, type AdminPartnerListResponse } from "../../../types/http"
import { ActiveBadge, KindBadge } from "../../components/badges"
import { crumbHandle } from "../../components/crumbs"
import {
  DataTable,
  paging,
  type DataTableColumn,
  type DataTableProps,
  RowLink,
} from "../../components/data-table"
import { FilterSelect } from "../../components/filter-select"
import { ListPage, SearchInput } from "../../components/list-page"
import { usePartners } from "../../hooks/api/partners"
import { useTowns } from "../../hooks/api/towns"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { MAX_PAGE_SIZE } from "../../lib/client"
import { oneOf, useUrlParams } from "../../lib/url-params"
import { CreatePartnerModal } from "./create-partner-modal"

const PAGE_SIZE = 20

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
const TABLE = {
  rowKey: (partner) => partner.id,
  href: (partner) => `/partners/${partner.id}`,
  rowProps: () => ({ "data-testid": "partners-table-row" }),
  minWidth: "min-w-[760px]",
  testId: "partners-table",
} satisfies Partial<DataTableProps<PartnerRow>>

export const config = defineRouteConfig({
  label: "nav.partners",
  translationNs: "meixian",
  icon: BuildingStorefront,
})

export const handle = crumbHandle("nav.partners")

const PartnersPage = () => {
  const t = useT()
  // Filters live in the URL so they survive opening a partner and coming back.
  const [searchParams, update] = useUrlParams()
  const q = searchParams.get("q") ?? ""
  const townId = searchParams.get("town_id") ?? ""
  const kind = oneOf(PARTNER_KINDS, searchParams.get("kind"))
  const isActive = oneOf(["true", "false"] as const, searchParams.get("is_active"))
  const pageIndex = Math.max(0, Number.parseInt(searchParams.get("page") ?? "1", 10) - 1 || 0)
  const goToPage = (next: number) => update({ page: next > 0 ? String(next + 1) : undefined })

  const towns = useTowns({ limit: MAX_PAGE_SIZE })
  const partners = usePartners(
    {
      q: q || undefined,
      town_id: townId || undefined,
      kind,
      is_active: isActive,
      limit: PAGE_SIZE,
      offset: pageIndex * PAGE_SIZE,
    },
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
        <SearchInput
          value={q}
          onSearch={(next) => update({ q: next })}
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
      <DataTable
        {...TABLE}
        query={partners}
        rows={partners.data?.partners}
        columns={columns(t)}
        emptyMessage={t("partner.empty")}
        headerWhenEmpty
        pagination={paging(
          partners.data?.count,
          pageIndex,
          PAGE_SIZE,
          goToPage,
          "partners-pagination"
        )}
      />
    </ListPage>
  )
}

export default PartnersPage
