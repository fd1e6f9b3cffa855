import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Select, Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import { AuditPanel } from "../../components/farm/audit-panel"
import { BatchesPanel } from "../../components/farm/batches-panel"
import { OrdersPanel } from "../../components/farm/orders-panel"
import { SalesPanel } from "../../components/farm/sales-panel"
import { StockPanel } from "../../components/farm/stock-panel"
import { crumbHandle } from "../../components/crumbs"
import { LoadingState, PageQueryState } from "../../components/query-state"
import { useT } from "../../i18n/use-t"
import { useFarmOverview, useFarmProducts } from "../../hooks/api/farm"

/**
 * 我的农场: a farm account manages its own stock, harvest batches, shipments
 * and sees its sales; the support team picks a partner and sees the same.
 */
const FarmPage = () => {
  const t = useT()
  const [chosen, setChosen] = useState<string | undefined>(undefined)
  const overview = useFarmOverview(chosen)
  const partner = overview.data?.partner ?? null
  // a farm account's own partner is implied; the support team names one
  const partnerId = overview.data?.is_support ? chosen : undefined
  const products = useFarmProducts(partnerId, { enabled: !!partner })

  if (overview.isLoading || overview.error || !overview.data) {
    return (
      <PageQueryState
        isLoading={overview.isLoading}
        error={overview.error}
        onRetry={() => overview.refetch()}
      />
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="farm-page">
      <Container className="flex flex-col gap-y-2 px-4 py-4 sm:px-6">
        <Heading level="h1">{t("farm.title")}</Heading>
        {partner ? (
          <Text size="small" weight="plus" data-testid="farm-partner-name">
            {partner.name}
            {partner.town ? ` · ${partner.town.name}` : ""}
          </Text>
        ) : null}
        {partner?.stock_location ? (
          <Text size="xsmall" className="text-ui-fg-muted">
            {t("farm.location", { name: partner.stock_location.name })}
          </Text>
        ) : null}
        {overview.data.is_support ? (
          <div className="flex flex-col gap-y-1">
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("farm.supportHint")}
            </Text>
            <Select value={chosen ?? ""} onValueChange={(v) => setChosen(v || undefined)}>
              <Select.Trigger className="max-w-sm" data-testid="farm-partner-select">
                <Select.Value placeholder={t("farm.choosePartner")} />
              </Select.Trigger>
              <Select.Content>
                {overview.data.partners.map((p) => (
                  <Select.Item key={p.id} value={p.id}>
                    {p.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {t("farm.subtitle")}
          </Text>
        )}
      </Container>

      {!partner ? (
        <Container>
          <Text size="small" className="text-ui-fg-muted">
            {t("farm.noPartner")}
          </Text>
        </Container>
      ) : (
        <Tabs defaultValue="stock">
          <div className="overflow-x-auto">
            <Tabs.List className="w-max">
              <Tabs.Trigger value="stock" data-testid="farm-tab-stock">
                {t("farm.tabs.stock")}
              </Tabs.Trigger>
              <Tabs.Trigger value="batches" data-testid="farm-tab-batches">
                {t("farm.tabs.batches")}
              </Tabs.Trigger>
              <Tabs.Trigger value="orders" data-testid="farm-tab-orders">
                {t("farm.tabs.orders")}
              </Tabs.Trigger>
              <Tabs.Trigger value="sales" data-testid="farm-tab-sales">
                {t("farm.tabs.sales")}
              </Tabs.Trigger>
              <Tabs.Trigger value="audit" data-testid="farm-tab-audit">
                {t("farm.tabs.audit")}
              </Tabs.Trigger>
            </Tabs.List>
          </div>
          <div className="mt-3">
            <Tabs.Content value="stock">
              {products.isLoading ? (
                <LoadingState />
              ) : (
                <StockPanel partnerId={partnerId} products={products.data?.products ?? []} />
              )}
            </Tabs.Content>
            <Tabs.Content value="batches">
              <BatchesPanel partnerId={partnerId} products={products.data?.products ?? []} />
            </Tabs.Content>
            <Tabs.Content value="orders">
              <OrdersPanel partnerId={partnerId} />
            </Tabs.Content>
            <Tabs.Content value="sales">
              <SalesPanel partnerId={partnerId} partnerName={partner.name} />
            </Tabs.Content>
            <Tabs.Content value="audit">
              <AuditPanel partnerId={partnerId} />
            </Tabs.Content>
          </div>
        </Tabs>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.farm",
  translationNs: "meixian",
  icon: BuildingStorefront,
})

export const handle = crumbHandle("nav.farm")

export default FarmPage
