import { Button, Container, Heading, Input, Select, Text } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Field } from "../field"
import { chinaToday } from "../../../shared/china-time"
import { useT } from "../../i18n/use-t"
import { type FarmProduct, farmApi, farmQueryKeys } from "../../lib/farm-api"
import { useNotify } from "../../lib/notify"

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
  const queryClient = useQueryClient()
  const empty = {
    variant_id: "",
    batch_code: "",
    harvested_on: chinaToday(),
    quantity: "",
    note: "",
  }
  const [form, setForm] = useState(empty)
  const batches = useQuery({
    queryKey: farmQueryKeys.batches(partnerId),
    queryFn: () => farmApi.batches(partnerId),
  })
  const variantName = new Map(
    products.flatMap((p) => p.variants.map((v) => [v.id, `${p.title} ${v.title}`] as const))
  )
  const valid =
    form.variant_id &&
    form.batch_code.trim() &&
    form.harvested_on &&
    /^\d+$/.test(form.quantity) &&
    Number(form.quantity) > 0
  const create = useMutation({
    mutationFn: () =>
      farmApi.createBatch(partnerId, {
        variant_id: form.variant_id,
        batch_code: form.batch_code.trim(),
        harvested_on: form.harvested_on,
        quantity: Number(form.quantity),
        ...(form.note.trim() ? { note: form.note.trim() } : {}),
      }),
    onSuccess: async ({ batch }) => {
      notify.success("farm.batches.created", { code: batch.batch_code, quantity: batch.quantity })
      setForm(empty)
      await queryClient.invalidateQueries({ queryKey: farmQueryKeys.all })
    },
    onError: (error) => notify.error(error, "common.saveFailed"),
  })
  const set = (key: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }))

  return (
    <div className="flex flex-col gap-y-3" data-testid="farm-batches">
      <Container className="flex flex-col gap-y-3 px-4 py-4 sm:px-6">
        <Heading level="h2">{t("farm.batches.create")}</Heading>
        <Field id="farm-batch-variant" label={t("farm.batches.variant")} required>
          <Select value={form.variant_id} onValueChange={set("variant_id")}>
            <Select.Trigger id="farm-batch-variant" data-testid="farm-batch-variant">
              <Select.Value placeholder={t("farm.batches.variantPlaceholder")} />
            </Select.Trigger>
            <Select.Content>
              {products.flatMap((p) =>
                p.variants.map((v) => (
                  <Select.Item key={v.id} value={v.id}>
                    {`${p.title} ${v.title}`}
                  </Select.Item>
                ))
              )}
            </Select.Content>
          </Select>
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
              value={form.batch_code}
              onChange={(e) => set("batch_code")(e.target.value)}
              data-testid="farm-batch-code"
            />
          </Field>
          <Field id="farm-batch-date" label={t("farm.batches.harvestedOn")} required>
            <Input
              id="farm-batch-date"
              type="date"
              size="small"
              value={form.harvested_on}
              onChange={(e) => set("harvested_on")(e.target.value)}
            />
          </Field>
          <Field id="farm-batch-quantity" label={t("farm.batches.quantity")} required>
            <Input
              id="farm-batch-quantity"
              size="small"
              inputMode="numeric"
              value={form.quantity}
              onChange={(e) => set("quantity")(e.target.value)}
              data-testid="farm-batch-quantity"
            />
          </Field>
        </div>
        <Field id="farm-batch-note" label={t("farm.batches.note")}>
          <Input
            id="farm-batch-note"
            size="small"
            value={form.note}
            onChange={(e) => set("note")(e.target.value)}
          />
        </Field>
        <div className="flex justify-end">
          <Button
            type="button"
            size="small"
            disabled={!valid}
            isLoading={create.isPending}
            onClick={() => create.mutate()}
            data-testid="farm-batch-submit"
          >
            {t("farm.batches.submit")}
          </Button>
        </div>
      </Container>
      <Container className="divide-y p-0">
        {(batches.data?.batches ?? []).length === 0 ? (
          <Text size="small" className="text-ui-fg-muted px-4 py-4 sm:px-6">
            {t("farm.batches.empty")}
          </Text>
        ) : (
          batches.data!.batches.map((batch) => (
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
