import { Button, Container, Heading, Input, Select, Text } from "@medusajs/ui"
import { Controller } from "react-hook-form"
import { z } from "zod"
import { chinaToday } from "../../../shared/china-time"
import type { FarmProduct } from "../../../types/http"
import { useCreateFarmBatch, useFarmBatches } from "../../hooks/api/farm"
import { useT } from "../../i18n/use-t"
import { useZodForm } from "../../lib/forms"
import { useNotify } from "../../lib/notify"
import { Field } from "../field"

/** A harvest batch as typed: a variant, a code, a day and a whole quantity above zero. */
const batchSchema = z.object({
  variant_id: z.string().min(1),
  batch_code: z.string().trim().min(1),
  harvested_on: z.string().min(1),
  quantity: z
    .string()
    .regex(/^\d+$/)
    .transform(Number)
    .refine((quantity) => quantity > 0),
  note: z
    .string()
    .trim()
    .transform((note) => note || undefined),
})

const emptyBatch = () => ({
  variant_id: "",
  batch_code: "",
  harvested_on: chinaToday(),
  quantity: "",
  note: "",
})

/** Harvest batches: register one (its quantity is added to the stock) and the list of past batches. */
export const BatchesPanel = ({
  partnerId,
  products,
}: {
  partnerId?: string
  products: FarmProduct[]
}) => {
  const t = useT()
  const notify = useNotify()
  const batches = useFarmBatches(partnerId)
  const form = useZodForm(batchSchema, emptyBatch(), "onChange")
  const create = useCreateFarmBatch(partnerId, {
    onSuccess: ({ batch }) => {
      notify.success("farm.batches.created", { code: batch.batch_code, quantity: batch.quantity })
      form.reset(emptyBatch())
    },
    onError: (error) => notify.error(error, "common.saveFailed"),
  })
  const variants = products.flatMap((p) =>
    p.variants.map((v) => ({ id: v.id, name: `${p.title} ${v.title}` }))
  )
  const variantName = new Map(variants.map((v) => [v.id, v.name]))
  const rows = batches.data?.batches ?? []

  return (
    <div className="flex flex-col gap-y-3" data-testid="farm-batches">
      <Container className="flex flex-col gap-y-3 px-4 py-4 sm:px-6">
        <Heading level="h2">{t("farm.batches.create")}</Heading>
        <Field id="farm-batch-variant" label={t("farm.batches.variant")} required>
          <Controller
            control={form.control}
            name="variant_id"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange}>
                <Select.Trigger id="farm-batch-variant" data-testid="farm-batch-variant">
                  <Select.Value placeholder={t("farm.batches.variantPlaceholder")} />
                </Select.Trigger>
                <Select.Content>
                  {variants.map((v) => (
                    <Select.Item key={v.id} value={v.id}>
                      {v.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            )}
          />
        </Field>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <Field
            id="farm-batch-code"
            label={t("farm.batches.code")}
            hint={t("farm.batches.codeHint")}
            required
          >
            <Input
              id="farm-batch-code"
              size="small"
              data-testid="farm-batch-code"
              {...form.register("batch_code")}
            />
          </Field>
          <Field id="farm-batch-date" label={t("farm.batches.harvestedOn")} required>
            <Input
              id="farm-batch-date"
              type="date"
              size="small"
              {...form.register("harvested_on")}
            />
          </Field>
          <Field id="farm-batch-quantity" label={t("farm.batches.quantity")} required>
            <Input
              id="farm-batch-quantity"
              size="small"
              inputMode="numeric"
              data-testid="farm-batch-quantity"
              {...form.register("quantity")}
            />
          </Field>
        </div>
        <Field id="farm-batch-note" label={t("farm.batches.note")}>
          <Input id="farm-batch-note" size="small" {...form.register("note")} />
        </Field>
        <div className="flex justify-end">
          <Button
            type="button"
            size="small"
            disabled={!form.formState.isValid}
            isLoading={create.isPending}
            onClick={form.handleSubmit((values) => create.mutate(values))}
            data-testid="farm-batch-submit"
          >
            {t("farm.batches.submit")}
          </Button>
        </div>
      </Container>
      <Container className="divide-y p-0">
        {rows.length === 0 ? (
          <Text size="small" className="text-ui-fg-muted px-4 py-4 sm:px-6">
            {t("farm.batches.empty")}
          </Text>
        ) : (
          rows.map((batch) => (
            <div
              key={batch.id}
              className="flex flex-col gap-y-1 px-4 py-3 sm:px-6"
              data-testid="farm-batch-row"
            >
              <div className="flex flex-wrap items-center gap-x-2">
                <Text size="small" weight="plus">
                  {batch.batch_code}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {variantName.get(batch.variant_id) ?? ""}
                </Text>
              </div>
              <Text size="xsmall" className="text-ui-fg-muted">
                {t("farm.batches.row", { date: batch.harvested_on, quantity: batch.quantity })}
                {batch.note ? ` · ${batch.note}` : ""}
              </Text>
            </div>
          ))
        )}
      </Container>
    </div>
  )
}
