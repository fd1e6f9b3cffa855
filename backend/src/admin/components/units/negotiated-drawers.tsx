import { Button, Drawer, Input, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import type {
  AdminUnitPriceProduct,
  AdminUnitPriceVariant,
  NegotiatedPriceList,
} from "../../../types/http/unit-prices"
import { useSetNegotiatedPeriod } from "../../hooks/api/unit-negotiated-prices"
import { useUnitPrices } from "../../hooks/api/unit-prices"
import { useT } from "../../i18n/use-t"
import { useFormSubmit, useZodForm } from "../../lib/forms"
import { useNotify } from "../../lib/notify"
import { DrawerForm } from "../drawer-form"
import { FormInput } from "../form-input"
import { TierSummary } from "../unit-prices/tier-summary"
import {
  negotiatedPeriodFormSchema,
  negotiatedPeriodFormValues,
} from "./negotiated-period-form-schema"

/** The period of a unit's negotiated prices: two dates (empty: open), checked by the shared rule. */
export const NegotiatedPeriodDrawer = ({
  unitId,
  list,
  open,
  onClose,
}: {
  unitId: string
  list: NegotiatedPriceList | null
  open: boolean
  onClose: () => void
}) => (
  <Drawer open={open} onOpenChange={(next) => (next ? undefined : onClose())}>
    <Drawer.Content>
      {open ? <PeriodForm unitId={unitId} list={list} onDone={onClose} /> : null}
    </Drawer.Content>
  </Drawer>
)

const PeriodForm = ({
  unitId,
  list,
  onDone,
}: {
  unitId: string
  list: NegotiatedPriceList | null
  onDone: () => void
}) => {
  const t = useT()
  const notify = useNotify()
  const form = useZodForm(negotiatedPeriodFormSchema, negotiatedPeriodFormValues(list))
  const save = useSetNegotiatedPeriod(unitId, {
    onSuccess: () => {
      notify.success("unitPrice.negotiated.periodDrawer.saved")
      onDone()
    },
    onError: (error) => notify.refused(error, "unitPrice.negotiated.periodDrawer.failed"),
  })
  const onSubmit = useFormSubmit(form, (values) => save.mutate(values))
  const field = { form, prefix: "negotiated-period", disabled: save.isPending }
  return (
    <DrawerForm
      title={t("unitPrice.negotiated.periodDrawer.title")}
      description={t("unitPrice.negotiated.periodDrawer.description")}
      onSubmit={onSubmit}
      pending={save.isPending}
      submitLabel={t("unitPrice.negotiated.periodDrawer.submit")}
      submitTestId="negotiated-period-submit"
      testId="negotiated-period-form"
    >
      <FormInput
        {...field}
        name="valid_from"
        type="date"
        label={t("unitPrice.negotiated.periodDrawer.from")}
      />
      <FormInput
        {...field}
        name="valid_until"
        type="date"
        label={t("unitPrice.negotiated.periodDrawer.until")}
      />
    </DrawerForm>
  )
}

/** What the picker hands on: a variant with its product. */
export type PickedVariant = {
  product: Pick<AdminUnitPriceProduct, "id" | "title">
  variant: AdminUnitPriceVariant
}

/** Finds a variant by its product's title to give the unit a negotiated price for it. */
export const NegotiatedVariantPicker = ({
  unitName,
  open,
  onClose,
  onPick,
}: {
  unitName: string
  open: boolean
  onClose: () => void
  onPick: (picked: PickedVariant) => void
}) => {
  const t = useT()
  const [q, setQ] = useState("")
  const { data, isLoading } = useUnitPrices(
    { q: q.trim() || undefined, limit: 10, offset: 0 },
    { enabled: open, placeholderData: keepPreviousData }
  )
  return (
    <Drawer open={open} onOpenChange={(next) => (next ? undefined : onClose())}>
      <Drawer.Content data-testid="negotiated-picker">
        <Drawer.Header>
          <Drawer.Title>{t("unitPrice.negotiated.picker.title")}</Drawer.Title>
          <Drawer.Description>
            {t("unitPrice.negotiated.picker.description", { unit: unitName })}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
          <Input
            type="search"
            value={q}
            placeholder={t("unitPrice.searchPlaceholder")}
            onChange={(e) => setQ(e.target.value)}
            data-testid="negotiated-picker-search"
          />
          {isLoading ? <Text size="small">{t("common.loading")}</Text> : null}
          {data?.products.length === 0 ? <Text size="small">{t("unitPrice.empty")}</Text> : null}
          {data?.products.flatMap((product) =>
            product.variants.map((variant) => (
              <div
                key={variant.id}
                className="border-ui-border-base flex items-center justify-between gap-x-3 rounded-lg border px-3 py-2"
                data-testid="negotiated-picker-row"
                data-sku={variant.sku ?? ""}
              >
                <div className="min-w-0">
                  <Text size="small" weight="plus" className="truncate">
                    {product.title} · {variant.title ?? variant.sku}
                  </Text>
                  <Text size="small" className="text-ui-fg-muted">
                    <TierSummary t={t} tiers={variant.tiers} />
                  </Text>
                </div>
                <Button
                  type="button"
                  size="small"
                  variant="secondary"
                  disabled={!variant.retail_price}
                  onClick={() => onPick({ product, variant })}
                  data-testid="negotiated-picker-choose"
                >
                  {t("unitPrice.negotiated.picker.choose")}
                </Button>
              </div>
            ))
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
