import { Button, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { chinaToday } from "../../../shared/china-time"
import { formatYuan } from "../../../shared/money"
import type {
  AdminNegotiatedPriceVariant,
  NegotiatedPriceList,
} from "../../../types/http/unit-prices"
import {
  useNegotiatedPrices,
  useRemoveNegotiatedPrices,
} from "../../hooks/api/unit-negotiated-prices"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { useNotify } from "../../lib/notify"
import { DataTable, type DataTableColumn } from "../data-table"
import { DetailSection } from "../detail"
import { TierSummary } from "../unit-prices/tier-summary"
import {
  type UnitPriceTarget,
  UnitPriceDrawer,
  variantName,
} from "../unit-prices/unit-price-drawer"
import { NegotiatedPeriodDrawer, NegotiatedVariantPicker } from "./negotiated-drawers"
import type { UnitDetail } from "./unit-actions"

/** Whether the list applies today: 生效中, 已停用 (draft), 未开始, 已过期 or 未设置. */
export const negotiatedStatus = (list: NegotiatedPriceList | null, today = chinaToday()) => {
  if (!list) return "none" as const
  if (list.status === "draft") return "draft" as const
  if (list.valid_from && today < list.valid_from) return "notStarted" as const
  if (list.valid_until && list.valid_until < today) return "ended" as const
  return "active" as const
}

const periodText = (t: TranslateFn, list: NegotiatedPriceList | null) => {
  const from = list?.valid_from
  const until = list?.valid_until
  if (from && until) return t("unitPrice.negotiated.periodRange", { from, until })
  if (from) return t("unitPrice.negotiated.periodFrom", { from })
  if (until) return t("unitPrice.negotiated.periodUntil", { until })
  return t("unitPrice.negotiated.periodOpen")
}

const columns = (
  t: TranslateFn,
  onEdit: (row: AdminNegotiatedPriceVariant) => void,
  onRemove: (row: AdminNegotiatedPriceVariant) => void
): DataTableColumn<AdminNegotiatedPriceVariant>[] => [
  {
    key: "product",
    header: t("unitPrice.negotiated.columns.product"),
    className: "max-w-[180px] truncate font-medium",
    title: (row) => row.product.title,
    cell: (row) => row.product.title,
  },
  {
    key: "variant",
    header: t("unitPrice.negotiated.columns.variant"),
    className: "whitespace-nowrap",
    cell: (row) => row.title ?? t("common.none"),
  },
  {
    key: "sku",
    header: t("unitPrice.negotiated.columns.sku"),
    className: "whitespace-nowrap font-mono",
    cell: (row) => row.sku ?? t("common.none"),
  },
  {
    key: "retail",
    header: t("unitPrice.negotiated.columns.retail"),
    align: "right",
    cell: (row) => (row.retail_price ? formatYuan(row.retail_price) : t("unitPrice.noRetail")),
  },
  {
    key: "shared",
    header: t("unitPrice.negotiated.columns.shared"),
    cell: (row) => <TierSummary t={t} tiers={row.tiers} />,
  },
  {
    key: "negotiated",
    header: t("unitPrice.negotiated.columns.negotiated"),
    cell: (row) => <TierSummary t={t} tiers={row.negotiated_tiers} />,
  },
  {
    key: "actions",
    header: "",
    align: "right",
    cell: (row) => (
      <div className="flex justify-end gap-x-2">
        <Button
          type="button"
          size="small"
          variant="secondary"
          onClick={() => onEdit(row)}
          data-testid="negotiated-edit"
        >
          {t("unitPrice.negotiated.edit")}
        </Button>
        <Button
          type="button"
          size="small"
          variant="transparent"
          onClick={() => onRemove(row)}
          data-testid="negotiated-remove"
        >
          {t("unitPrice.negotiated.remove")}
        </Button>
      </div>
    ),
  },
]

/**
 * 协议价 on the unit's page: the unit's negotiated prices (each variant's
 * retail price, the unit tiers and the unit's own tiers), their period and
 * whether they apply today; add (pick a variant), set, remove (confirmed).
 * A unit never verified has no customer group yet, so no negotiated prices.
 */
export const UnitNegotiatedPrices = ({ unit }: { unit: UnitDetail }) => {
  const t = useT()
  const notify = useNotify()
  const prompt = usePrompt()
  const { data, ...query } = useNegotiatedPrices(unit.id)
  const [editing, setEditing] = useState<UnitPriceTarget | null>(null)
  const [picking, setPicking] = useState(false)
  const [period, setPeriod] = useState(false)
  const target = { id: unit.id, name: unit.name }
  const remove = useRemoveNegotiatedPrices(unit.id, {
    onError: (error) => notify.refused(error, "unitPrice.negotiated.removeFailed"),
  })
  const list = data?.price_list ?? null
  const status = negotiatedStatus(list)
  const canSet = !!unit.customer_group_id

  const onEdit = (row: AdminNegotiatedPriceVariant) =>
    setEditing({
      product: row.product,
      variant: { ...row, tiers: row.negotiated_tiers },
      unit: target,
    })
  const onRemove = async (row: AdminNegotiatedPriceVariant) => {
    const name = variantName(row)
    const confirmed = await prompt({
      title: t("unitPrice.negotiated.removeTitle", { variant: name }),
      description: t("unitPrice.negotiated.removeText"),
      confirmText: t("common.confirm"),
      cancelText: t("common.cancel"),
    })
    if (confirmed) {
      remove.mutate(row.id, {
        onSuccess: () => notify.success("unitPrice.negotiated.removed", { variant: name }),
      })
    }
  }

  return (
    <DetailSection
      title={t("unitPrice.negotiated.title")}
      aside={t(`unitPrice.negotiated.status.${status}`)}
      testId="unit-negotiated-prices"
    >
      <div className="flex flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <div className="flex flex-col gap-y-1">
          <Text size="small" className="text-ui-fg-subtle">
            {t("unitPrice.negotiated.subtitle")}
          </Text>
          <Text size="small" data-testid="negotiated-period">
            {t("unitPrice.negotiated.period")}：{periodText(t, list)}
          </Text>
          {canSet ? null : (
            <Text size="small" className="text-ui-fg-muted" data-testid="negotiated-not-verified">
              {t("unitPrice.negotiated.notVerified")}
            </Text>
          )}
        </div>
        <div className="flex gap-x-2">
          <Button
            type="button"
            size="small"
            variant="secondary"
            disabled={!canSet}
            onClick={() => setPeriod(true)}
            data-testid="negotiated-period-edit"
          >
            {t("unitPrice.negotiated.editPeriod")}
          </Button>
          <Button
            type="button"
            size="small"
            variant="secondary"
            disabled={!canSet}
            onClick={() => setPicking(true)}
            data-testid="negotiated-add"
          >
            {t("unitPrice.negotiated.add")}
          </Button>
        </div>
      </div>
      <DataTable
        testId="negotiated-table"
        query={query}
        rows={data?.variants}
        columns={(tr) => columns(tr, onEdit, onRemove)}
        empty="unitPrice.negotiated.empty"
        hideHeaderWhenEmpty
        minWidth="min-w-[880px]"
        rowProps={(row) => ({ "data-testid": "negotiated-table-row", "data-sku": row.sku ?? "" })}
      />
      <NegotiatedVariantPicker
        unitName={unit.name}
        open={picking}
        onClose={() => setPicking(false)}
        onPick={({ product, variant }) => {
          setPicking(false)
          const known = data?.variants.find((v) => v.id === variant.id)
          setEditing({
            product,
            variant: { ...variant, tiers: known?.negotiated_tiers ?? [] },
            unit: target,
          })
        }}
      />
      <NegotiatedPeriodDrawer
        unitId={unit.id}
        list={list}
        open={period}
        onClose={() => setPeriod(false)}
      />
      <UnitPriceDrawer target={editing} onClose={() => setEditing(null)} />
    </DetailSection>
  )
}
