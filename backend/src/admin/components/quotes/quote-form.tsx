import { Input, Table, Text } from "@medusajs/ui"
import { useMemo } from "react"
import type { AdminQuote } from "../../../types/http/quote"
import { useUpdateQuote } from "../../hooks/api/quotes"
import { useT } from "../../i18n/use-t"
import { useFormSubmit, useZodForm } from "../../lib/forms"
import { useNotify } from "../../lib/notify"
import { yuanText } from "../aid/format"
import { EditFormSection } from "../detail"
import { FormInput } from "../form-input"
import {
  formTotals,
  type QuoteFormValues,
  quoteFormSchema,
  quoteFormToBody,
  quoteFormValues,
} from "./quote-form-schema"

/** Quotes the support team may still price: not accepted, declined or cancelled. */
export const isEditable = (quote: AdminQuote) =>
  quote.status === "requested" || quote.status === "quoted" || quote.status === "expired"

/** The lines with their price inputs and the totals as typed. */
const QuoteLines = ({
  quote,
  form,
  disabled,
}: {
  quote: AdminQuote
  form: ReturnType<typeof useZodForm<QuoteFormValues>>
  disabled: boolean
}) => {
  const t = useT()
  const values = form.watch()
  const totals = formTotals(quote, values)
  return (
    <div className="flex flex-col gap-y-2">
      <Table data-testid="quote-lines">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("quote.form.line")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("quote.form.quantity")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("quote.form.listPrice")}</Table.HeaderCell>
            <Table.HeaderCell>{t("quote.form.quotedPrice")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("quote.form.lineTotal")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {quote.lines.map((line, i) => {
            const error = form.getFieldState(`lines.${i}.quoted_price`, form.formState).error
            return (
              <Table.Row key={line.id}>
                <Table.Cell>{line.title}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{line.quantity}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {yuanText(t, line.list_price)}
                </Table.Cell>
                <Table.Cell>
                  <Input
                    size="small"
                    inputMode="decimal"
                    disabled={disabled}
                    aria-invalid={error ? true : undefined}
                    data-testid={`quote-line-${i}-price`}
                    {...form.register(`lines.${i}.quoted_price`)}
                  />
                  {error?.message ? (
                    <Text size="xsmall" className="text-ui-fg-error">
                      {error.message}
                    </Text>
                  ) : null}
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {yuanText(t, totals.lines[i])}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      <Text size="small" className="text-right tabular-nums" data-testid="quote-form-totals">
        {t("quote.form.subtotal")} {yuanText(t, totals.subtotal)} · {t("quote.form.total")}{" "}
        {yuanText(t, totals.total)}
      </Text>
    </div>
  )
}

/** 报价: line prices, shipping, valid until, delivery window and terms of a quote still open. */
export const QuoteForm = ({ quote }: { quote: AdminQuote }) => {
  const t = useT()
  const notify = useNotify()
  const schema = useMemo(() => quoteFormSchema(t), [t])
  const form = useZodForm<QuoteFormValues>(schema, quoteFormValues(quote))
  const update = useUpdateQuote(quote.id, {
    onSuccess: (data) => {
      form.reset(quoteFormValues(data.quote))
      notify.success("quote.form.saved")
    },
    onError: (error) => notify.refused(error, "quote.failed"),
  })
  const onSubmit = useFormSubmit(form, (values) => update.mutate(quoteFormToBody(values)))
  const field = { form, prefix: "quote", disabled: update.isPending }
  return (
    <EditFormSection
      title={t("quote.form.title")}
      onSubmit={onSubmit}
      pending={update.isPending}
      testId="quote-form"
      saveTestId="quote-save"
    >
      <div className="flex flex-col gap-y-4">
        <QuoteLines quote={quote} form={form} disabled={update.isPending} />
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <FormInput
            {...field}
            name="shipping"
            label={t("quote.form.shipping")}
            hint={t(
              quote.source === "bulk_order"
                ? "quote.form.shippingHintBulk"
                : "quote.form.shippingHint"
            )}
            inputMode="decimal"
          />
          <FormInput
            {...field}
            name="valid_until"
            label={t("quote.form.validUntil")}
            type="datetime-local"
            required
          />
          <FormInput
            {...field}
            name="delivery_from"
            label={t("quote.form.deliveryFrom")}
            type="date"
          />
          <FormInput {...field} name="delivery_to" label={t("quote.form.deliveryTo")} type="date" />
        </div>
        <FormInput {...field} name="terms" label={t("quote.form.terms")} rows={3} />
        {quote.status === "quoted" ? (
          <Text size="small" className="text-ui-fg-muted">
            {t("quote.form.resendHint")}
          </Text>
        ) : null}
      </div>
    </EditFormSection>
  )
}
