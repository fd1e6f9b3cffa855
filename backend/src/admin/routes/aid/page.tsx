import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Select, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useMemo } from "react"
import { AwaitingPaymentCard } from "../../components/aid/awaiting-payment-card"
import { EntriesPanel } from "../../components/aid/entries-panel"
import { ExportButtons } from "../../components/aid/export-buttons"
import { MonthChart } from "../../components/aid/month-chart"
import { PartnerTable } from "../../components/aid/partner-table"
import { ReconciliationPanel } from "../../components/aid/reconciliation-panel"
import { SummaryCards } from "../../components/aid/summary-cards"
import { TownPanel } from "../../components/aid/town-panel"
import { defaultRange, useAidFilters } from "../../components/aid/use-aid-filters"
import { Crumb } from "../../components/crumbs"
import { useT } from "../../i18n/use-t"
import {
  type AidSummaryParams,
  MAX_PAGE_SIZE,
  aidApi,
  aidQueryKeys,
  provenanceApi,
  queryKeys,
} from "../../lib/api"
import { AID_BUYER_KINDS, type AidBuyerKind } from "../../lib/types"

/** Select value meaning "every buyer" (Radix Select items cannot have an empty value). */
const ALL = "all"

/** One summary of the ledger, kept on screen while the next filters load. */
const useSummary = (params: AidSummaryParams, enabled: boolean) =>
  useQuery({
    queryKey: aidQueryKeys.summary(params),
    queryFn: () => aidApi.summary(params),
    placeholderData: keepPreviousData,
    enabled,
  })

const AidDashboardPage = () => {
  const t = useT()
  const { filters, scope, update } = useAidFilters()
  const enabled = !filters.rangeInvalid

  const towns = useSummary({ ...scope, group_by: "town" }, enabled)
  const months = useSummary({ ...scope, town: filters.town, group_by: "month" }, enabled)
  const partners = useSummary({ ...scope, town: filters.town, group_by: "partner" }, enabled)

  // Town handles give the town rows stable test ids (shares the towns page's cache).
  const townList = useQuery({
    queryKey: queryKeys.townList({ limit: MAX_PAGE_SIZE }),
    queryFn: () => provenanceApi.listTowns({ limit: MAX_PAGE_SIZE }),
  })
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
  const defaults = defaultRange()
  const isDefault =
    filters.from === defaults.from && filters.to === defaults.to && !filters.buyerKind

  return (
    <div className="flex flex-col gap-y-3" data-testid="aid-dashboard">
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-y-1 px-4 py-4 sm:px-6">
          <Heading level="h1">{t("aid.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("aid.subtitle")}
          </Text>
        </div>
        <div className="flex flex-col gap-y-2 px-4 py-3 sm:px-6" data-testid="aid-filters">
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-[repeat(3,minmax(0,180px))_auto] sm:items-end">
            <div className="flex min-w-0 flex-col gap-y-1">
              <Label htmlFor="aid-filter-from" size="xsmall" weight="plus">
                {t("aid.filters.from")}
              </Label>
              <Input
                id="aid-filter-from"
                type="date"
                size="small"
                value={filters.from}
                max={filters.to}
                aria-invalid={filters.rangeInvalid || undefined}
                onChange={(event) =>
                  update({ from: event.target.value || undefined, partner: undefined })
                }
                data-testid="aid-filter-from"
              />
            </div>
            <div className="flex min-w-0 flex-col gap-y-1">
              <Label htmlFor="aid-filter-to" size="xsmall" weight="plus">
                {t("aid.filters.to")}
              </Label>
              <Input
                id="aid-filter-to"
                type="date"
                size="small"
                value={filters.to}
                min={filters.from}
                aria-invalid={filters.rangeInvalid || undefined}
                onChange={(event) =>
                  update({ to: event.target.value || undefined, partner: undefined })
                }
                data-testid="aid-filter-to"
              />
            </div>
            <div className="col-span-2 flex min-w-0 flex-col gap-y-1 sm:col-span-1">
              <Label htmlFor="aid-buyer-kind" size="xsmall" weight="plus">
                {t("aid.filters.buyerKind")}
              </Label>
              <Select
                size="small"
                value={filters.buyerKind ?? ALL}
                onValueChange={(value) => update({ buyer_kind: value === ALL ? undefined : value })}
              >
                <Select.Trigger id="aid-buyer-kind" data-testid="aid-buyer-kind">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={ALL}>{t("aid.filters.allBuyers")}</Select.Item>
                  {AID_BUYER_KINDS.map((kind: AidBuyerKind) => (
                    <Select.Item key={kind} value={kind}>
                      {t(`aid.buyerKind.${kind}`)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            {isDefault ? null : (
              <div className="col-span-2 sm:col-span-1">
                <Button
                  type="button"
                  size="small"
                  variant="transparent"
                  onClick={() =>
                    update({
                      from: undefined,
                      to: undefined,
                      buyer_kind: undefined,
                      partner: undefined,
                    })
                  }
                  data-testid="aid-filter-reset"
                >
                  {t("aid.filters.reset")}
                </Button>
              </div>
            )}
          </div>
          {filters.rangeInvalid ? (
            <Text
              size="small"
              className="text-ui-fg-error"
              role="alert"
              data-testid="aid-filter-error"
            >
              {t("aid.filters.rangeInvalid")}
            </Text>
          ) : null}
        </div>
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
          summary={towns.data}
          isLoading={towns.isLoading}
          error={towns.error}
          onRetry={() => towns.refetch()}
          handles={handles}
          selected={filters.town}
          onSelect={(town) => update({ town, partner: undefined })}
          year={filters.year}
        />
        <div className="flex min-w-0 flex-col gap-y-3">
          <MonthChart
            summary={months.data}
            isLoading={months.isLoading}
            error={months.error}
            onRetry={() => months.refetch()}
            townName={townName}
          />
          <PartnerTable
            summary={partners.data}
            isLoading={partners.isLoading}
            error={partners.error}
            onRetry={() => partners.refetch()}
            townName={townName}
            selected={filters.partner}
            onSelect={(partner) => update({ partner })}
          />
        </div>
      </div>

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

// Medusa reads `translationNs` from the source, so it must be a string literal
// (the namespace of src/admin/i18n/index.ts).
export const config = defineRouteConfig({
  label: "nav.aid",
  translationNs: "meixian",
  icon: ChartBar,
})

// Medusa merges `config.label` / `translationNs` into this handle (used for the page title).
export const handle = {
  breadcrumb: () => <Crumb k="nav.aid" />,
}

export default AidDashboardPage
