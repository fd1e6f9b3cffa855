import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo } from "react"
import type { AdminAidSummaryParams } from "../../../types/http"
import { AwaitingPaymentCard } from "../../components/aid/awaiting-payment-card"
import { EntriesPanel } from "../../components/aid/entries-panel"
import { ExportButtons } from "../../components/aid/export-buttons"
import { FiltersBar } from "../../components/aid/filters-bar"
import { MonthChart } from "../../components/aid/month-chart"
import { PartnerTable } from "../../components/aid/partner-table"
import { ReconciliationPanel } from "../../components/aid/reconciliation-panel"
import { SummaryCards } from "../../components/aid/summary-cards"
import { TownPanel } from "../../components/aid/town-panel"
import { UnitTable } from "../../components/aid/unit-table"
import { useAidFilters } from "../../components/aid/use-aid-filters"
import { crumbHandle } from "../../components/crumbs"
import { useAidSummary } from "../../hooks/api/aid"
import { useTowns } from "../../hooks/api/towns"
import { useT } from "../../i18n/use-t"
import { MAX_PAGE_SIZE } from "../../lib/client"

/** One summary of the ledger, kept on screen while the next filters load. */
const useSummary = (query: AdminAidSummaryParams, enabled: boolean) =>
  useAidSummary(query, { placeholderData: keepPreviousData, enabled })

const AidDashboardPage = () => {
  const t = useT()
  const { filters, scope, update } = useAidFilters()
  const enabled = !filters.rangeInvalid

  const towns = useSummary({ ...scope, group_by: "town" }, enabled)
  const months = useSummary({ ...scope, town: filters.town, group_by: "month" }, enabled)
  const partners = useSummary({ ...scope, town: filters.town, group_by: "partner" }, enabled)
  // 单位: units' purchases, for 全部 and 单位 (none when the buyer kind is 个人)
  const showUnits = filters.buyerKind !== "consumer"
  const units = useSummary({ ...scope, group_by: "unit" }, enabled && showUnits)

  // Town handles give the town rows stable test ids (shares the towns page's cache).
  const townList = useTowns({ limit: MAX_PAGE_SIZE })
  const handles = useMemo(
    () => new Map((townList.data?.towns ?? []).map((town) => [town.id, town.handle])),
    [townList.data]
  )

  const townName = filters.town
    ? (towns.data?.rows.find((row) => row.key === filters.town)?.label ??
      townList.data?.towns.find((town) => town.id === filters.town)?.name)
    : undefined
  const partnerName = filters.partner
    ? partners.data?.rows.find((row) => row.key === filters.partner)?.label
    : undefined

  return (
    <div className="flex flex-col gap-y-3" data-testid="aid-dashboard">
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-y-1 px-4 py-4 sm:px-6">
          <Heading level="h1">{t("aid.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("aid.subtitle")}
          </Text>
        </div>
        <FiltersBar filters={filters} update={update} />
        <div className="px-4 py-3 sm:px-6">
          <ExportButtons
            scope={{ ...scope, town: filters.town, partner: filters.partner }}
            groupBy={filters.town ? "partner" : "town"}
          />
        </div>
      </Container>

      <SummaryCards
        total={enabled ? towns.data?.total : undefined}
        from={filters.from}
        to={filters.to}
      />
      <AwaitingPaymentCard />

      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2 xl:items-start">
        <TownPanel
          query={towns}
          handles={handles}
          selected={filters.town}
          onSelect={(town) => update({ town, partner: undefined })}
          year={filters.year}
        />
        <div className="flex min-w-0 flex-col gap-y-3">
          <MonthChart query={months} townName={townName} />
          <PartnerTable
            query={partners}
            townName={townName}
            selected={filters.partner}
            onSelect={(partner) => update({ partner })}
          />
        </div>
      </div>

      {showUnits ? <UnitTable query={units} /> : null}

      {filters.partner && enabled ? (
        <EntriesPanel
          scope={scope}
          partnerId={filters.partner}
          partnerName={partnerName}
          onClose={() => update({ partner: undefined })}
        />
      ) : null}

      <ReconciliationPanel />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.aid",
  translationNs: "meixian",
  icon: ChartBar,
})

export const handle = crumbHandle("nav.aid")

export default AidDashboardPage
