import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { Crumb } from "../../components/crumbs"
import { Pagination } from "../../components/pagination"
import { EmptyState, ErrorState, LoadingState } from "../../components/query-state"
import { useT } from "../../i18n/use-t"
import { provenanceApi, queryKeys } from "../../lib/api"
import type { Town } from "../../lib/types"
import { CreateTownModal } from "./create-town-modal"

const PAGE_SIZE = 20
/** Village names shown in the list before "等 N 个村". */
const VILLAGES_SHOWN = 3

const TownsPage = () => {
  const t = useT()
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")
  const [pageIndex, setPageIndex] = useState(0)

  // Debounce the search box; a new search starts from the first page.
  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(search.trim())
      setPageIndex(0)
    }, 300)
    return () => clearTimeout(timer)
  }, [search])

  const params = { q: q || undefined, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE }
  const { data, error, isLoading, refetch } = useQuery({
    queryKey: queryKeys.townList(params),
    queryFn: () => provenanceApi.listTowns(params),
    placeholderData: keepPreviousData,
  })

  const villagesText = (town: Town) => {
    const names = town.villages.map((village) => village.name)
    if (!names.length) return t("common.none")
    const shown = names.slice(0, VILLAGES_SHOWN).join(t("common.listSeparator"))
    return names.length > VILLAGES_SHOWN
      ? `${shown} ${t("town.villagesMore", { count: names.length })}`
      : shown
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <div className="min-w-0">
          <Heading level="h1">{t("town.listTitle")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("town.listSubtitle")}
          </Text>
        </div>
        <CreateTownModal />
      </div>
      <div className="px-4 py-3 sm:px-6">
        <Input
          type="search"
          size="small"
          className="w-full sm:max-w-xs"
          placeholder={t("town.searchPlaceholder")}
          aria-label={t("town.searchPlaceholder")}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          data-testid="towns-search"
        />
      </div>
      {isLoading ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table className="min-w-[560px]" data-testid="towns-table">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("town.columns.name")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("town.columns.pinyin")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("town.columns.villages")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">
                    {t("town.columns.partnerCount")}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data?.towns.map((town) => (
                  <Table.Row
                    key={town.id}
                    className="cursor-pointer"
                    onClick={() => navigate(`/towns/${town.id}`)}
                    data-testid="towns-table-row"
                  >
                    <Table.Cell className="whitespace-nowrap">
                      <Link
                        to={`/towns/${town.id}`}
                        className="text-ui-fg-base hover:text-ui-fg-interactive font-medium"
                        onClick={(event) => event.stopPropagation()}
                      >
                        {town.name}
                      </Link>
                    </Table.Cell>
                    <Table.Cell className="whitespace-nowrap">{town.name_pinyin}</Table.Cell>
                    <Table.Cell
                      className="max-w-[280px] truncate"
                      title={town.villages.map((v) => v.name).join(t("common.listSeparator"))}
                    >
                      {villagesText(town)}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      {town.partner_count ?? 0}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          {data && data.towns.length === 0 ? <EmptyState message={t("town.empty")} /> : null}
          {data && data.count > 0 ? (
            <Pagination
              count={data.count}
              pageIndex={pageIndex}
              pageSize={PAGE_SIZE}
              onPageChange={setPageIndex}
              testId="towns-pagination"
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
  label: "nav.towns",
  translationNs: "meixian",
  icon: MapPin,
})

// Medusa merges `config.label` / `translationNs` into this handle (used for the page title).
export const handle = {
  breadcrumb: () => <Crumb k="nav.towns" />,
}

export default TownsPage
