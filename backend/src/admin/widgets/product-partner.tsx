import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Label, Select, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { KindBadge } from "../components/badges"
import { ErrorState, LoadingState } from "../components/query-state"
import { useT } from "../i18n/use-t"
import type { AdminPartner } from "../../types/http"
import { usePartners } from "../hooks/api/partners"
import { useProductPartner, useSetProductPartner } from "../hooks/api/product-provenance"
import { MAX_PAGE_SIZE } from "../lib/client"
import { useNotify } from "../lib/notify"

type Partner = AdminPartner

/** Partners grouped by town name (towns and partners in Chinese collation order). */
const groupByTown = (partners: Partner[]) => {
  const groups = new Map<string, { townName: string; partners: Partner[] }>()
  for (const partner of partners) {
    const townId = partner.town?.id ?? ""
    const group = groups.get(townId) ?? { townName: partner.town?.name ?? "", partners: [] }
    group.partners.push(partner)
    groups.set(townId, group)
  }
  const collator = new Intl.Collator("zh-CN")
  return Array.from(groups.entries())
    .map(([townId, group]) => ({
      townId,
      townName: group.townName,
      partners: group.partners.sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .sort((a, b) => collator.compare(a.townName, b.townName))
}

/** Product page side widget: shows and changes the product's partner (合作主体) and town. */
const ProductPartnerWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const t = useT()
  const notify = useNotify()
  // The user's choice; until there is one, the current partner is preselected.
  const [choice, setChoice] = useState<string | null>(null)

  const current = useProductPartner(product.id)
  const options = usePartners({ limit: MAX_PAGE_SIZE })

  const currentPartner = current.data?.partner ?? null
  const selected = choice ?? currentPartner?.id ?? ""

  const groups = useMemo(() => groupByTown(options.data?.partners ?? []), [options.data])

  const mutation = useSetProductPartner(product.id, {
    onSuccess: () => {
      setChoice(null)
      notify.success("widget.saved")
    },
    onError: (error) => notify.error(error, "common.saveFailed"),
  })

  const canSave = !!selected && selected !== currentPartner?.id && !mutation.isPending

  return (
    <Container className="divide-y p-0" data-testid="product-partner-widget">
      <div className="px-6 py-4">
        <Heading level="h2">{t("widget.title")}</Heading>
      </div>

      {current.isLoading ? (
        <LoadingState />
      ) : current.error ? (
        <ErrorState error={current.error} onRetry={() => current.refetch()} />
      ) : (
        <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="product-partner-current">
          {currentPartner ? (
            <>
              <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,2fr)] items-center gap-x-3">
                <Text size="small" weight="plus" className="text-ui-fg-subtle">
                  {t("widget.partner")}
                </Text>
                <div className="flex min-w-0 flex-wrap items-center gap-2">
                  <Link
                    to={`/partners/${currentPartner.id}`}
                    className="text-ui-fg-interactive txt-compact-small hover:underline break-words"
                    data-testid="product-partner-name"
                  >
                    {currentPartner.name}
                  </Link>
                  <KindBadge kind={currentPartner.kind} />
                </div>
              </div>
              <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,2fr)] items-center gap-x-3">
                <Text size="small" weight="plus" className="text-ui-fg-subtle">
                  {t("widget.town")}
                </Text>
                {currentPartner.town ? (
                  <Link
                    to={`/towns/${currentPartner.town.id}`}
                    className="text-ui-fg-interactive txt-compact-small hover:underline"
                    data-testid="product-partner-town"
                  >
                    {currentPartner.town.name}
                  </Link>
                ) : (
                  <Text size="small">{t("common.none")}</Text>
                )}
              </div>
            </>
          ) : (
            <Text size="small" className="text-ui-fg-muted" data-testid="product-partner-none">
              {t("widget.none")}
            </Text>
          )}
        </div>
      )}

      <div className="flex flex-col gap-y-3 px-6 py-4">
        <Label htmlFor="product-partner-select" size="small" weight="plus">
          {t("widget.select")}
        </Label>
        {options.error ? (
          <ErrorState error={options.error} onRetry={() => options.refetch()} />
        ) : options.data && options.data.partners.length === 0 ? (
          <Text size="small" className="text-ui-fg-muted">
            {t("widget.noPartners")}
          </Text>
        ) : (
          <Select
            value={selected}
            onValueChange={setChoice}
            disabled={options.isLoading || mutation.isPending}
          >
            <Select.Trigger id="product-partner-select" data-testid="product-partner-select">
              <Select.Value
                placeholder={
                  options.isLoading ? t("common.loading") : t("widget.selectPlaceholder")
                }
              />
            </Select.Trigger>
            <Select.Content>
              {groups.map((group) => (
                <Select.Group key={group.townId}>
                  <Select.Label>{group.townName}</Select.Label>
                  {group.partners.map((partner) => (
                    <Select.Item key={partner.id} value={partner.id}>
                      {t(partner.is_active ? "widget.option" : "widget.optionInactive", {
                        name: partner.name,
                        town: group.townName,
                      })}
                    </Select.Item>
                  ))}
                </Select.Group>
              ))}
            </Select.Content>
          </Select>
        )}
        <div className="flex justify-end">
          <Button
            type="button"
            size="small"
            variant="secondary"
            disabled={!canSave}
            isLoading={mutation.isPending}
            onClick={() => mutation.mutate({ partner_id: selected })}
            data-testid="product-partner-save"
          >
            {t("common.save")}
          </Button>
        </div>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductPartnerWidget
