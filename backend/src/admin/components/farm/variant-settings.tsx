import { Button, Input, Label, Text } from "@medusajs/ui"
import { z } from "zod"
import type { FarmProduct, FarmVariant } from "../../../types/http"
import { useSetFarmPresale, useSetFarmThreshold } from "../../hooks/api/farm"
import { useT } from "../../i18n/use-t"
import { useZodForm } from "../../lib/forms"
import { useNotify } from "../../lib/notify"

/** Blank (no alert) or a whole number of units. */
const thresholdSchema = z.object({
  threshold: z
    .string()
    .trim()
    .regex(/^\d*$/)
    .transform((value) => (value === "" ? null : Number(value))),
})

/** A variant's low-stock threshold (库存预警), saved on its own. */
export const ThresholdField = ({
  partnerId,
  variant,
  inputId,
}: {
  partnerId?: string
  variant: FarmVariant
  inputId: string
}) => {
  const t = useT()
  const notify = useNotify()
  const form = useZodForm(
    thresholdSchema,
    { threshold: variant.low_stock_threshold === null ? "" : String(variant.low_stock_threshold) },
    "onChange"
  )
  const save = useSetFarmThreshold(partnerId, variant.id, {
    onSuccess: () => notify.success("farm.stock.thresholdSaved"),
    onError: (error) => notify.error(error, "common.saveFailed"),
  })
  return (
    <div className="flex min-w-0 flex-col gap-y-1">
      <Label htmlFor={inputId} size="xsmall" weight="plus">
        {t("farm.stock.threshold")}
      </Label>
      <div className="flex gap-x-1">
        <Input
          id={inputId}
          size="small"
          inputMode="numeric"
          data-testid="farm-threshold-input"
          {...form.register("threshold")}
        />
        <Button
          type="button"
          size="small"
          variant="secondary"
          className="shrink-0 whitespace-nowrap"
          disabled={!form.formState.isValid}
          isLoading={save.isPending}
          data-testid="farm-threshold-save"
          onClick={form.handleSubmit(({ threshold }) =>
            save.mutate({ low_stock_threshold: threshold })
          )}
        >
          {t("common.save")}
        </Button>
      </div>
    </div>
  )
}

/** A day, or blank to end the pre-sale. */
const presaleSchema = z.object({
  date: z.string().transform((value) => value || null),
})

/** The day a product's pre-sale orders ship (预售); blank ends the pre-sale. */
export const PresaleRow = ({
  partnerId,
  product,
}: {
  partnerId?: string
  product: FarmProduct
}) => {
  const t = useT()
  const notify = useNotify()
  const form = useZodForm(presaleSchema, { date: product.presale_ships_from ?? "" })
  const save = useSetFarmPresale(partnerId, product.id, {
    onSuccess: () => notify.success("farm.stock.presaleSaved"),
    onError: (error) => notify.error(error, "common.saveFailed"),
  })
  const id = `farm-presale-${product.id}`
  return (
    <div className="flex flex-col gap-y-1 px-4 py-3 sm:px-6">
      <Label htmlFor={id} size="xsmall" weight="plus">
        {t("farm.stock.presale")}
      </Label>
      <div className="flex gap-x-1">
        <Input id={id} type="date" size="small" {...form.register("date")} />
        <Button
          type="button"
          size="small"
          variant="secondary"
          className="shrink-0 whitespace-nowrap"
          isLoading={save.isPending}
          onClick={form.handleSubmit(({ date }) => save.mutate({ ships_from: date }))}
        >
          {t("farm.stock.presaleSave")}
        </Button>
      </div>
      <Text size="xsmall" className="text-ui-fg-muted">
        {t("farm.stock.presaleHint")}
      </Text>
    </div>
  )
}
