import { Plus, Trash } from "@medusajs/icons"
import { Button, Text } from "@medusajs/ui"
import { type UseFormReturn, useFieldArray } from "react-hook-form"
import { MAX_UNIT_PRICE_TIERS } from "../../../types/http/unit-prices"
import { useT } from "../../i18n/use-t"
import { FormInput } from "../form-input"
import type { UnitPriceFormOutput, UnitPriceFormValues } from "./tiers-form-schema"

type TierRowsProps = {
  form: UseFormReturn<UnitPriceFormValues, unknown, UnitPriceFormOutput>
  disabled?: boolean
}

/** The tiers of the drawer: 起订数量 and 单价 per row, add and remove (at most five). */
export const TierRows = ({ form, disabled }: TierRowsProps) => {
  const t = useT()
  const rows = useFieldArray({ control: form.control, name: "tiers" })
  const listError = form.formState.errors.tiers
  const listMessage = listError?.message ?? listError?.root?.message

  return (
    <div className="flex flex-col gap-y-3" data-testid="unit-price-tiers">
      {rows.fields.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted">
          {t("unitPrice.drawer.noTiers")}
        </Text>
      ) : null}
      {rows.fields.map((row, index) => {
        const label = t("unitPrice.drawer.tierLabel", { n: index + 1 })
        const field = { form, prefix: `unit-price-tier-${index}`, disabled }
        return (
          <fieldset
            key={row.id}
            className="border-ui-border-base grid grid-cols-[1fr_1fr_auto] items-start gap-3 rounded-lg border p-3"
            data-testid="unit-price-tier"
            aria-label={label}
          >
            <FormInput
              {...field}
              name={`tiers.${index}.min_quantity`}
              testId="unit-price-min-quantity"
              label={t("unitPrice.drawer.minQuantity")}
              inputMode="numeric"
              autoComplete="off"
              required
            />
            <FormInput
              {...field}
              name={`tiers.${index}.amount`}
              testId="unit-price-amount"
              label={t("unitPrice.drawer.amount")}
              inputMode="decimal"
              autoComplete="off"
              required
            />
            <Button
              type="button"
              size="small"
              variant="transparent"
              className="mt-6"
              disabled={disabled}
              onClick={() => rows.remove(index)}
              aria-label={`${t("unitPrice.drawer.removeTier")}（${label}）`}
              data-testid="unit-price-tier-remove"
            >
              <Trash />
            </Button>
          </fieldset>
        )
      })}
      {listMessage ? (
        <Text size="small" className="text-ui-fg-error" data-testid="unit-price-tiers-error">
          {listMessage}
        </Text>
      ) : null}
      <div>
        <Button
          type="button"
          size="small"
          variant="secondary"
          disabled={disabled || rows.fields.length >= MAX_UNIT_PRICE_TIERS}
          onClick={() => rows.append({ min_quantity: "", amount: "" })}
          data-testid="unit-price-tier-add"
        >
          <Plus />
          {t("unitPrice.drawer.addTier")}
        </Button>
      </div>
    </div>
  )
}
