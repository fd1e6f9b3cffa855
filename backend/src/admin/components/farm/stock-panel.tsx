import { Badge, Button, Container, Heading, Input, Label, Text, clx } from "@medusajs/ui"
import { type UseFormReturn, useWatch } from "react-hook-form"
import { z } from "zod"
import type { AdminFarmInventoryBody, FarmProduct, FarmVariant } from "../../../types/http"
import { useChangeFarmStock } from "../../hooks/api/farm"
import { useT } from "../../i18n/use-t"
import { useZodForm } from "../../lib/forms"
import { useNotify } from "../../lib/notify"
import { PresaleRow, ThresholdField } from "./variant-settings"

type Mode = "set" | "adjust"

const WHOLE = /^-?\d+$/

/**
 * Typed stock per variant id: a whole number, not negative when it sets the
 * stock; blank leaves the variant as it is. Makes the changes of one request.
 */
const stockSchema = z
  .object({
    mode: z.enum(["set", "adjust"]),
    drafts: z.record(
      z.string(),
      z
        .string()
        .optional()
        .transform((value) => value ?? "")
    ),
  })
  .refine(({ mode, drafts }) =>
    Object.values(drafts).every(
      (value) =>
        value.trim() === "" ||
        (WHOLE.test(value.trim()) && (mode === "adjust" || Number(value) >= 0))
    )
  )
  .transform(({ mode, drafts }): AdminFarmInventoryBody["changes"] =>
    Object.entries(drafts)
      .filter(([, value]) => value.trim() !== "")
      .map(([variant_id, value]) =>
        mode === "set" ? { variant_id, set: Number(value) } : { variant_id, adjust: Number(value) }
      )
  )

type StockForm = UseFormReturn<z.input<typeof stockSchema>, unknown, z.output<typeof stockSchema>>

/** The farm's products and variants with stock; changes to many variants are saved in one request. */
export const StockPanel = ({
  partnerId,
  products,
}: {
  partnerId?: string
  products: FarmProduct[]
}) => {
  const t = useT()
  const notify = useNotify()
  const form = useZodForm(stockSchema, { mode: "set", drafts: {} }, "onChange")
  const mode = useWatch({ control: form.control, name: "mode" })
  const drafts = useWatch({ control: form.control, name: "drafts" }) ?? {}
  const count = Object.values(drafts).filter((value) => value?.trim()).length
  const invalid = !form.formState.isValid

  const save = useChangeFarmStock(partnerId, {
    onSuccess: (_data, body) => {
      notify.success("farm.stock.saved", { count: body.changes.length })
      const cleared = Object.keys(form.getValues("drafts")).map((id) => [id, ""])
      form.reset({ mode: form.getValues("mode"), drafts: Object.fromEntries(cleared) })
    },
    onError: (error) => notify.error(error, "common.saveFailed"),
  })

  if (!products.length) {
    return (
      <Container>
        <Text size="small" className="text-ui-fg-muted">
          {t("farm.stock.empty")}
        </Text>
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="farm-stock">
      {/* stays in view while the list scrolls, so changes made far down can be saved */}
      <Container className="sticky top-0 z-10 flex flex-col gap-y-2 px-4 py-3 shadow-elevation-card-rest sm:px-6">
        <div className="flex flex-wrap items-center gap-2" role="radiogroup">
          {(["set", "adjust"] as const).map((m) => (
            <Button
              key={m}
              type="button"
              size="small"
              variant={mode === m ? "primary" : "secondary"}
              aria-pressed={mode === m}
              data-testid={`farm-stock-mode-${m}`}
              onClick={() => form.setValue("mode", m, { shouldValidate: true })}
            >
              {t(m === "set" ? "farm.stock.modeSet" : "farm.stock.modeAdjust")}
            </Button>
          ))}
          <Button
            type="button"
            size="small"
            className="ml-auto"
            disabled={!count || invalid}
            isLoading={save.isPending}
            data-testid="farm-stock-save"
            onClick={form.handleSubmit((changes) => save.mutate({ changes }))}
          >
            {t("farm.stock.save")}
          </Button>
        </div>
        <Text size="xsmall" className="text-ui-fg-muted">
          {invalid ? t("farm.stock.invalid") : t("farm.stock.modeHint")}
        </Text>
      </Container>
      {products.map((product) => (
        <Container
          key={product.id}
          className="divide-y p-0"
          data-testid="farm-product"
          data-handle={product.handle}
        >
          <div className="flex items-center gap-x-3 px-4 py-3 sm:px-6">
            <div className="bg-ui-bg-component border-ui-border-base h-10 w-10 shrink-0 overflow-hidden rounded border">
              {product.thumbnail ? (
                <img src={product.thumbnail} alt="" className="h-full w-full object-cover" />
              ) : null}
            </div>
            <div className="flex min-w-0 flex-col">
              <Heading level="h3" className="break-words">
                {product.title}
              </Heading>
              {product.presale_ships_from ? (
                <Text size="xsmall" className="text-ui-fg-interactive">
                  {t("farm.stock.presaleBadge", { date: product.presale_ships_from })}
                </Text>
              ) : null}
            </div>
          </div>
          {product.variants.map((variant) => (
            <VariantRow
              key={variant.id}
              partnerId={partnerId}
              productTitle={product.title}
              variant={variant}
              mode={mode}
              form={form}
            />
          ))}
          <PresaleRow partnerId={partnerId} product={product} />
        </Container>
      ))}
    </div>
  )
}

const VariantRow = ({
  partnerId,
  productTitle,
  variant,
  mode,
  form,
}: {
  partnerId?: string
  productTitle: string
  variant: FarmVariant
  mode: Mode
  form: StockForm
}) => {
  const t = useT()
  const inputId = `farm-stock-${variant.id}`
  return (
    <div
      className="flex flex-col gap-y-2 px-4 py-3 sm:px-6"
      data-testid="farm-variant-row"
      data-variant-id={variant.id}
    >
      <div className="flex flex-wrap items-center gap-2">
        <Text size="small" weight="plus">
          {variant.title}
        </Text>
        {variant.sku ? (
          <Text size="xsmall" className="text-ui-fg-muted">
            {variant.sku}
          </Text>
        ) : null}
        {variant.available_quantity <= 0 ? (
          <Badge size="2xsmall" color="red">
            {t("farm.stock.soldOut")}
          </Badge>
        ) : variant.is_low ? (
          <Badge size="2xsmall" color="orange">
            {t("farm.stock.low")}
          </Badge>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-x-3 gap-y-1">
        <Text size="small" data-testid="farm-variant-stocked">
          {t("farm.stock.stocked", { count: variant.stocked_quantity })}
        </Text>
        <Text
          size="small"
          className={clx(variant.is_low && "text-ui-fg-error")}
          data-testid="farm-variant-available"
        >
          {t("farm.stock.available", { count: variant.available_quantity })}
        </Text>
        {variant.reserved_quantity ? (
          <Text size="small" className="text-ui-fg-muted">
            {t("farm.stock.reserved", { count: variant.reserved_quantity })}
          </Text>
        ) : null}
      </div>
      <div className="grid grid-cols-2 gap-2">
        <div className="flex min-w-0 flex-col gap-y-1">
          <Label htmlFor={inputId} size="xsmall" weight="plus">
            {t(mode === "set" ? "farm.stock.modeSet" : "farm.stock.modeAdjust")}
          </Label>
          <Input
            id={inputId}
            size="small"
            inputMode="numeric"
            aria-label={t("farm.stock.inputLabel", { title: `${productTitle} ${variant.title}` })}
            placeholder={mode === "set" ? String(variant.stocked_quantity) : "+0"}
            data-testid="farm-stock-input"
            {...form.register(`drafts.${variant.id}`)}
          />
        </div>
        <ThresholdField partnerId={partnerId} variant={variant} inputId={`${inputId}-threshold`} />
      </div>
    </div>
  )
}
