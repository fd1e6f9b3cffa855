import { Button, Checkbox, Drawer, Label, Text, usePrompt } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Controller, useWatch } from "react-hook-form"
import { formatYuan } from "../../../shared/money"
import {
  type AdminUnitPriceProduct,
  type AdminUnitPriceVariant,
  MAX_UNIT_PRICE_TIERS,
} from "../../../types/http/unit-prices"
import { useSetNegotiatedPrices } from "../../hooks/api/unit-negotiated-prices"
import { useSetUnitPrices } from "../../hooks/api/unit-prices"
import { type MessageKey, useT } from "../../i18n/use-t"
import { useFormSubmit, useZodForm } from "../../lib/forms"
import { chineseMessage, errorMessage, useNotify } from "../../lib/notify"
import { DrawerForm } from "../drawer-form"
import { TierRows } from "./tier-rows"
import {
  rowsAboveRetail,
  unitPriceFormSchema,
  unitPriceFormToBody,
  unitPriceFormValues,
} from "./tiers-form-schema"

/**
 * The variant whose tiers are edited, with its product: its unit tiers, or,
 * with `unit`, that unit's negotiated tiers (协议价; `variant.tiers` are then those).
 */
export type UnitPriceTarget = {
  product: Pick<AdminUnitPriceProduct, "id" | "title">
  variant: AdminUnitPriceVariant
  unit?: { id: string; name: string }
}

/** The drawer's texts for the unit tiers and for a unit's negotiated tiers. */
const TEXTS = {
  shared: {
    title: "unitPrice.drawer.title",
    description: "unitPrice.drawer.description",
    saved: "unitPrice.drawer.saved",
    cleared: "unitPrice.drawer.cleared",
    failed: "unitPrice.drawer.failed",
    clear: "unitPrice.drawer.clear",
    clearTitle: "unitPrice.drawer.clearTitle",
    clearText: "unitPrice.drawer.clearText",
  },
  negotiated: {
    title: "unitPrice.negotiated.drawer.title",
    description: "unitPrice.negotiated.drawer.description",
    saved: "unitPrice.negotiated.drawer.saved",
    cleared: "unitPrice.negotiated.drawer.cleared",
    failed: "unitPrice.negotiated.drawer.failed",
    clear: "unitPrice.negotiated.drawer.clear",
    clearTitle: "unitPrice.negotiated.drawer.clearTitle",
    clearText: "unitPrice.negotiated.drawer.clearText",
  },
} as const satisfies Record<string, Record<string, MessageKey>>

/** A variant's name for messages: its title, else its SKU. */
export const variantName = (variant: AdminUnitPriceVariant) =>
  variant.title ?? variant.sku ?? variant.id

/** The drawer of one variant's tiers, open while `target` is set. */
export const UnitPriceDrawer = ({
  target,
  onClose,
}: {
  target: UnitPriceTarget | null
  onClose: () => void
}) => (
  <Drawer open={!!target} onOpenChange={(next) => (next ? undefined : onClose())}>
    <Drawer.Content>
      {target ? <UnitPriceForm key={target.variant.id} {...target} onDone={onClose} /> : null}
    </Drawer.Content>
  </Drawer>
)

/**
 * 起订数量 and 单价 per tier, checked by the shared rules; a tier above the
 * retail price needs the confirmation box; 清除 removes every tier after a
 * prompt. The server's refusal is shown in the form.
 */
const UnitPriceForm = ({
  product,
  variant,
  unit,
  onDone,
}: UnitPriceTarget & { onDone: () => void }) => {
  const t = useT()
  const texts = unit ? TEXTS.negotiated : TEXTS.shared
  const notify = useNotify()
  const prompt = usePrompt()
  const [refusal, setRefusal] = useState<string>()
  const retail = variant.retail_price
  const schema = useMemo(() => unitPriceFormSchema(t, retail), [t, retail])
  const form = useZodForm(schema, unitPriceFormValues(variant))
  const rows = useWatch({ control: form.control, name: "tiers" })
  const above = rowsAboveRetail(rows ?? [], retail)
  const name = variantName(variant)

  const handlers = {
    onMutate: () => setRefusal(undefined),
    onSuccess: (_: unknown, body: { tiers: unknown[] }) => {
      notify.success(body.tiers.length ? texts.saved : texts.cleared, {
        variant: name,
        unit: unit?.name ?? "",
      })
      onDone()
    },
    onError: (error: unknown) => {
      setRefusal(chineseMessage(errorMessage(error)) ?? t("common.unknownError"))
      notify.refused(error, texts.failed)
    },
  }
  // both hooks are always called (rules of hooks); the target says which one saves
  const saveShared = useSetUnitPrices(variant.id, handlers)
  const saveNegotiated = useSetNegotiatedPrices(unit?.id ?? "", variant.id, handlers)
  const save = unit ? saveNegotiated : saveShared
  const onSubmit = useFormSubmit(form, (values) => save.mutate(unitPriceFormToBody(values)))
  const onClear = async () => {
    const confirmed = await prompt({
      title: t(texts.clearTitle, { variant: name }),
      description: t(texts.clearText, { unit: unit?.name ?? "" }),
      confirmText: t("common.confirm"),
      cancelText: t("common.cancel"),
    })
    if (confirmed) save.mutate({ tiers: [] })
  }
  const confirmError = form.formState.errors.confirm_above_retail?.message

  return (
    <DrawerForm
      title={t(texts.title, { product: product.title, unit: unit?.name ?? "" })}
      description={t(texts.description, {
        unit: unit?.name ?? "",
        variant: name,
        retail: retail ? formatYuan(retail) : t("unitPrice.noRetail"),
        max: MAX_UNIT_PRICE_TIERS,
      })}
      onSubmit={onSubmit}
      pending={save.isPending}
      submitLabel={t("unitPrice.drawer.submit")}
      submitTestId="unit-price-submit"
      submitDisabled={retail === null}
      testId="unit-price-form"
    >
      <TierRows form={form} disabled={save.isPending} />
      {above.length > 0 || confirmError ? (
        <div className="flex flex-col gap-y-1">
          <div className="flex items-start gap-x-2">
            <Controller
              control={form.control}
              name="confirm_above_retail"
              render={({ field }) => (
                <Checkbox
                  id="unit-price-confirm-above-retail"
                  checked={field.value}
                  onCheckedChange={(checked) => field.onChange(checked === true)}
                  disabled={save.isPending}
                  data-testid="unit-price-confirm-above-retail"
                />
              )}
            />
            <Label htmlFor="unit-price-confirm-above-retail" size="small">
              {t("unitPrice.drawer.confirmAboveRetail", {
                amounts: above.map((amount) => formatYuan(amount)).join(t("common.listSeparator")),
                retail: retail ? formatYuan(retail) : "",
              })}
            </Label>
          </div>
          {confirmError ? (
            <Text size="small" className="text-ui-fg-error">
              {confirmError}
            </Text>
          ) : null}
        </div>
      ) : null}
      {refusal ? (
        <Text
          size="small"
          className="text-ui-fg-error"
          role="alert"
          data-testid="unit-price-refusal"
        >
          {refusal}
        </Text>
      ) : null}
      {variant.tiers.length > 0 ? (
        <div>
          <Button
            type="button"
            size="small"
            variant="danger"
            disabled={save.isPending}
            onClick={onClear}
            data-testid="unit-price-clear"
          >
            {t(texts.clear)}
          </Button>
        </div>
      ) : null}
    </DrawerForm>
  )
}
