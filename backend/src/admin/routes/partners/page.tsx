import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { ActiveBadge, KindBadge } from "../../components/badges"
import { Crumb } from "../../components/crumbs"
import { Pagination } from "../../components/pagination"
import { EmptyState, ErrorState, LoadingState } from "../../components/query-state"
import { useT } from "../../i18n/use-t"
import { MAX_PAGE_SIZE, type PartnerListParams, provenanceApi, queryKeys } from "../../lib/api"
import { PARTNER_KINDS, type PartnerKind } from "../../lib/types"
import { CreatePartnerModal } from "./create-partner-modal"

const PAGE_SIZE = 20
/** Select value meaning "no filter" (Radix Select items cannot have an empty value). */
const ALL = "all"

const PartnersPage = () => {
  const t = useT()
  const navigate = useNavigate()
  // Filters live in the URL so they survive opening a partner and coming back.
  const [searchParams, setSearchParams] = useSearchParams()
  const q = searchParams.get("q") ?? ""
  const townId = searchParams.get("town_id") ?? ""
  const kindParam = searchParams.get("kind") ?? ""
  const kind = (PARTNER_KINDS as readonly string[]).includes(kindParam)
    ? (kindParam as PartnerKind)
    : undefined
  const activeParam = searchParams.get("is_active")
  const isActive = activeParam === "true" || activeParam === "false" ? activeParam : undefined
  const pageIndex = Math.max(0, Number.parseInt(searchParams.get("page") ?? "1", 10) - 1 || 0)

  /** Sets (or clears) filters; any filter change returns to the first page. */
  const updateParams = (patch: Record<string, string | undefined>) => {
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        if (!("page" in patch)) next.delete("page")
        return next
      },
      { replace: true }
    )
  }

  const [search, setSearch] = useState(q)
  useEffect(() => {
    const timer = setTimeout(() => {
      if (search.trim() !== q) updateParams({ q: search.trim() || undefined })
    }, 300)
    return () => clearTimeout(timer)
  }, [search])

  const townsQuery = useQuery({
    queryKey: queryKeys.townList({ limit: MAX_PAGE_SIZE }),
    queryFn: () => provenanceApi.listTowns({ limit: MAX_PAGE_SIZE }),
  })

  const params: PartnerListParams = {
    q: q || undefined,
    town_id: townId || undefined,
    kind,
    is_active: isActive,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  }
  const { data, error, isLoading, refetch } = useQuery({
    queryKey: queryKeys.partnerList(params),
    queryFn: () => provenanceApi.listPartners(params),
    placeholderData: keepPreviousData,
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <div className="min-w-0">
          <Heading level="h1">{t("partner.listTitle")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("partner.listSubtitle")}
          </Text>
        </div>
        <CreatePartnerModal />
      </div>

      <div
        className="grid grid-cols-1 gap-2 px-4 py-3 sm:grid-cols-2 sm:px-6 lg:grid-cols-4"
        data-testid="partners-filters"
      >
        <Input
          type="search"
          size="small"
          placeholder={t("partner.searchPlaceholder")}
          aria-label={t("partner.searchPlaceholder")}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          data-testid="partners-search"
        />
        <Select
          size="small"
          value={townId || ALL}
          onValueChange={(value) => updateParams({ town_id: value === ALL ? undefined : value })}
        >
          <Select.Trigger aria-label={t("partner.filters.town")} data-testid="partners-filter-town">
            <Select.Value placeholder={t("partner.filters.allTowns")} />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{t("partner.filters.allTowns")}</Select.Item>
            {(townsQuery.data?.towns ?? []).map((town) => (
              <Select.Item key={town.id} value={town.id}>
                {town.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select
          size="small"
          value={kind ?? ALL}
          onValueChange={(value) => updateParams({ kind: value === ALL ? undefined : value })}
        >
          <Select.Trigger aria-label={t("partner.filters.kind")} data-testid="partners-filter-kind">
            <Select.Value placeholder={t("partner.filters.allKinds")} />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{t("partner.filters.allKinds")}</Select.Item>
            {PARTNER_KINDS.map((value) => (
              <Select.Item key={value} value={value}>
                {t(`partnerKind.${value}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select
          size="small"
          value={isActive ?? ALL}
          onValueChange={(value) => updateParams({ is_active: value === ALL ? undefined : value })}
        >
          <Select.Trigger
            aria-label={t("partner.filters.status")}
            data-testid="partners-filter-status"
          >
            <Select.Value placeholder={t("partner.filters.allStatuses")} />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{t("partner.filters.allStatuses")}</Select.Item>
            <Select.Item value="true">{t("common.active")}</Select.Item>
            <Select.Item value="false">{t("common.inactive")}</Select.Item>
          </Select.Content>
        </Select>
      </div>

      {isLoading ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table className="min-w-[760px]" data-testid="partners-table">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("partner.columns.name")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("partner.columns.kind")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("partner.columns.town")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("partner.columns.village")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">
                    {t("partner.columns.households")}
                  </Table.HeaderCell>
                  <Table.HeaderCell className="text-right">
                    {t("partner.columns.products")}
                  </Table.HeaderCell>
                  <Table.HeaderCell>{t("partner.columns.status")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data?.partners.map((partner) => (
                  <Table.Row
                    key={partner.id}
                    className="cursor-pointer"
                    onClick={() => navigate(`/partners/${partner.id}`)}
                    data-testid="partners-table-row"
                  >
                    <Table.Cell className="max-w-[240px] truncate">
                      <Link
                        to={`/partners/${partner.id}`}
                        className="text-ui-fg-base hover:text-ui-fg-interactive font-medium"
                        onClick={(event) => event.stopPropagation()}
                        title={partner.name}
                      >
                        {partner.name}
                      </Link>
                    </Table.Cell>
                    <Table.Cell>
                      <KindBadge kind={partner.kind} />
                    </Table.Cell>
                    <Table.Cell className="whitespace-nowrap">
                      {partner.town?.name ?? t("common.none")}
                    </Table.Cell>
                    <Table.Cell className="whitespace-nowrap">
                      {partner.village?.name ?? t("common.none")}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      {partner.households_involved ?? 0}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      {partner.product_count ?? 0}
                    </Table.Cell>
                    <Table.Cell>
                      <ActiveBadge active={partner.is_active} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          {data && data.partners.length === 0 ? <EmptyState message={t("partner.empty")} /> : null}
          {data && data.count > 0 ? (
            <Pagination
              count={data.count}
              pageIndex={pageIndex}
              pageSize={PAGE_SIZE}
              onPageChange={(next) =>
                updateParams({ page: next > 0 ? String(next + 1) : undefined })
              }
              testId="partners-pagination"
            />
          ) : null}
        </>
      )}
    </Container>
  )
}

// Medusa reads `translationNs` from the source, so it must be a string literal
// (the namespace of src/admin/i18n/index.ts).
export const config = defineRouteConfig({
  label: "nav.partners",
  translationNs: "meixian",
  icon: BuildingStorefront,
})

// Medusa merges `config.label` / `translationNs` into this handle (used for the page title).
export const handle = {
  breadcrumb: () => <Crumb k="nav.partners" />,
}

export default PartnersPage
