import { Label, Switch, Text, usePrompt } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import type { AdminPartnerResponse } from "../../../types/http"
import { useUpdatePartner } from "../../hooks/api/partners"
import { type MessageKey, useT } from "../../i18n/use-t"
import { useNotify } from "../../lib/notify"
import { DataTable, RowLink } from "../data-table"
import { DetailSection } from "../detail"

export type PartnerDetail = AdminPartnerResponse["partner"]

const PRODUCT_STATUSES = ["draft", "proposed", "published", "rejected"] as const

/** 启用 switch; turning a partner off asks for confirmation first. */
export const ActiveToggle = ({ partner }: { partner: PartnerDetail }) => {
  const t = useT()
  const notify = useNotify()
  const prompt = usePrompt()
  const update = useUpdatePartner(partner.id, {
    onSuccess: (data) =>
      notify.success(data.partner.is_active ? "partner.activated" : "partner.deactivated"),
    onError: (error) => notify.error(error, "common.saveFailed"),
  })

  const onCheckedChange = async (checked: boolean) => {
    if (!checked) {
      const confirmed = await prompt({
        title: t("partner.deactivateTitle"),
        description: t("partner.deactivateDescription"),
        confirmText: t("common.confirm"),
        cancelText: t("common.cancel"),
      })
      if (!confirmed) return
    }
    update.mutate({ is_active: checked })
  }

  return (
    <div className="flex items-center gap-x-2">
      <Switch
        id="partner-active-toggle"
        data-testid="partner-active-toggle"
        checked={partner.is_active}
        disabled={update.isPending}
        onCheckedChange={onCheckedChange}
      />
      <Label htmlFor="partner-active-toggle" size="small">
        {t("partner.activeToggle")}
      </Label>
    </div>
  )
}

/** A label and its value in a detail card. */
export const OverviewRow = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] items-center gap-x-3 px-4 py-3 sm:px-6">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" className="text-ui-fg-base break-words">
      {children}
    </Text>
  </div>
)

/** Where the partner is (town, village, stock location) and how many products it has. */
export const PartnerOverview = ({ partner }: { partner: PartnerDetail }) => {
  const t = useT()
  return (
    <DetailSection title={t("partner.sections.overview")} testId="partner-overview">
      <OverviewRow label={t("partner.overview.town")}>
        {partner.town ? (
          <Link to={`/towns/${partner.town.id}`} className="text-ui-fg-interactive hover:underline">
            {partner.town.name}
          </Link>
        ) : (
          t("common.none")
        )}
      </OverviewRow>
      <OverviewRow label={t("partner.overview.village")}>
        {partner.village?.name ?? t("common.none")}
      </OverviewRow>
      <OverviewRow label={t("partner.overview.stockLocation")}>
        <span data-testid="partner-stock-location">
          {partner.stock_location?.name ?? t("common.none")}
        </span>
      </OverviewRow>
      <OverviewRow label={t("partner.overview.productCount")}>
        {partner.products.length}
      </OverviewRow>
    </DetailSection>
  )
}

/** The partner's products with their thumbnails and status. */
export const PartnerProducts = ({ partner }: { partner: PartnerDetail }) => {
  const t = useT()
  const statusText = (status: string) =>
    (PRODUCT_STATUSES as readonly string[]).includes(status)
      ? t(`productStatus.${status}` as MessageKey)
      : status
  return (
    <DetailSection title={t("partner.sections.products")} aside={partner.products.length}>
      <DataTable
        hideHeaderWhenEmpty
        rows={partner.products}
        href={(product) => `/products/${product.id}`}
        minWidth="min-w-[480px]"
        testId="partner-products-table"
        empty="partner.noProducts"
        columns={[
          {
            key: "title",
            header: t("partner.productColumns.title"),
            cell: (product) => (
              <div className="flex items-center gap-x-3">
                <div className="bg-ui-bg-component border-ui-border-base flex h-8 w-6 shrink-0 items-center justify-center overflow-hidden rounded border">
                  {product.thumbnail ? (
                    <img src={product.thumbnail} alt="" className="h-full w-full object-cover" />
                  ) : null}
                </div>
                <RowLink to={`/products/${product.id}`}>{product.title}</RowLink>
              </div>
            ),
          },
          {
            key: "handle",
            header: t("partner.productColumns.handle"),
            className: "whitespace-nowrap",
            cell: (product) => product.handle,
          },
          {
            key: "status",
            header: t("partner.productColumns.status"),
            className: "whitespace-nowrap",
            cell: (product) => statusText(product.status),
          },
        ]}
      />
    </DetailSection>
  )
}
