import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Drawer, Heading, Input, Text, Textarea } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { type TranslateFn, useT } from "../../i18n/use-t"
import {
  type BankTransfer,
  bankTransferApi,
  bankTransferQueryKeys,
} from "../../lib/bank-transfer-api"
import { useNotify } from "../../lib/notify"
import { chinaToday } from "../../../shared/china-time"
import { TEXT_CONTROL_CHARACTER } from "../../../shared/text"
import { yuanText } from "../aid/format"
import { Field } from "../field"

/** The same rules as the API's body (backend/src/api/admin/bank-transfer/validators.ts), in Chinese. */
const receiptSchema = (t: TranslateFn) =>
  z.object({
    amount: z
      .string()
      .transform((v) => v.replace(/[,，\s]/g, ""))
      .refine((v) => v !== "", t("bankTransfer.confirm.errors.amountRequired"))
      .refine(
        (v) => v === "" || (/^\d{1,10}(\.\d{1,2})?$/.test(v) && Number(v) > 0),
        t("bankTransfer.confirm.errors.amountFormat")
      ),
    payer_name: z
      .string()
      .trim()
      .min(1, t("bankTransfer.confirm.errors.payerRequired"))
      .max(100, t("bankTransfer.confirm.errors.payerTooLong"))
      .refine(
        (v) => !TEXT_CONTROL_CHARACTER.test(v),
        t("bankTransfer.confirm.errors.payerInvalid")
      ),
    received_on: z
      .string()
      .refine((v) => !v || v <= chinaToday(), t("bankTransfer.confirm.errors.dateFuture")),
    note: z
      .string()
      .trim()
      .max(500, t("bankTransfer.confirm.errors.noteTooLong"))
      .transform((v) => v.replace(TEXT_CONTROL_CHARACTER, "")),
  })

type ReceiptInput = z.input<ReturnType<typeof receiptSchema>>
type ReceiptOutput = z.output<ReturnType<typeof receiptSchema>>

/** "确认到账": records money received for a 对公转账 payment (amount, 户名, day, note). */
export const ReceiptDrawer = ({ payment }: { payment: BankTransfer }) => {
  const t = useT()
  const notify = useNotify()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const schema = useMemo(() => receiptSchema(t), [t])
  const form = useForm<ReceiptInput, unknown, ReceiptOutput>({
    resolver: zodResolver(schema),
    defaultValues: { amount: "", payer_name: "", received_on: chinaToday(), note: "" },
  })

  const mutation = useMutation({
    mutationFn: (body: ReceiptOutput) =>
      bankTransferApi.recordReceipt(payment.id, {
        amount: body.amount,
        payer_name: body.payer_name,
        received_on: body.received_on || null,
        note: body.note || null,
      }),
    onSuccess: async ({ payment: updated, receipt }) => {
      await queryClient.invalidateQueries({ queryKey: bankTransferQueryKeys.all })
      // the order page's own queries (payment status, the payment section)
      await queryClient.invalidateQueries({ queryKey: ["orders"] })
      await queryClient.invalidateQueries({ queryKey: ["payment"] })
      if (receipt.outcome === "partial") {
        notify.success("bankTransfer.confirm.donePartial", {
          amount: yuanText(t, receipt.amount),
          outstanding: yuanText(t, updated.outstanding_amount),
        })
      } else if (receipt.outcome === "overpaid") {
        notify.success("bankTransfer.confirm.doneOverpaid", {
          amount: yuanText(t, updated.overpaid_amount),
        })
      } else {
        notify.success("bankTransfer.confirm.donePaid")
      }
      setOpen(false)
    },
    onError: (error) => notify.error(error, "bankTransfer.confirm.failed"),
  })

  const onOpenChange = (next: boolean) => {
    if (next)
      form.reset({
        amount: payment.outstanding_amount,
        payer_name: "",
        received_on: chinaToday(),
        note: "",
      })
    setOpen(next)
  }
  const onSubmit = form.handleSubmit(
    (values) => mutation.mutate(values),
    () => notify.invalid()
  )
  const { errors } = form.formState

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="primary" data-testid="bank-transfer-confirm">
          {t("bankTransfer.confirm.action")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form
          onSubmit={onSubmit}
          noValidate
          className="flex h-full flex-col overflow-hidden"
          data-testid="bank-transfer-receipt-form"
        >
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading level="h2">{t("bankTransfer.confirm.title")}</Heading>
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex-1 overflow-y-auto">
            <div className="flex flex-col gap-y-4">
              <Drawer.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("bankTransfer.confirm.description")}
                </Text>
              </Drawer.Description>
              <Text size="small" weight="plus" className="font-mono">
                {payment.reference}
              </Text>
              <Field
                id="receipt-amount"
                label={t("bankTransfer.confirm.amount")}
                hint={t("bankTransfer.confirm.amountHint", {
                  amount: yuanText(t, payment.outstanding_amount),
                })}
                error={errors.amount?.message}
                required
              >
                <Input
                  id="receipt-amount"
                  inputMode="decimal"
                  autoComplete="off"
                  data-testid="receipt-amount"
                  aria-invalid={errors.amount ? true : undefined}
                  disabled={mutation.isPending}
                  {...form.register("amount")}
                />
              </Field>
              <Field
                id="receipt-payer"
                label={t("bankTransfer.confirm.payerName")}
                hint={t("bankTransfer.confirm.payerNameHint")}
                error={errors.payer_name?.message}
                required
              >
                <Input
                  id="receipt-payer"
                  autoComplete="off"
                  data-testid="receipt-payer"
                  aria-invalid={errors.payer_name ? true : undefined}
                  disabled={mutation.isPending}
                  {...form.register("payer_name")}
                />
              </Field>
              <Field
                id="receipt-day"
                label={t("bankTransfer.confirm.receivedOn")}
                error={errors.received_on?.message}
              >
                <Input
                  id="receipt-day"
                  type="date"
                  max={chinaToday()}
                  data-testid="receipt-day"
                  disabled={mutation.isPending}
                  {...form.register("received_on")}
                />
              </Field>
              <Field
                id="receipt-note"
                label={t("bankTransfer.confirm.note")}
                error={errors.note?.message}
              >
                <Textarea
                  id="receipt-note"
                  rows={3}
                  placeholder={t("bankTransfer.confirm.notePlaceholder")}
                  data-testid="receipt-note"
                  disabled={mutation.isPending}
                  {...form.register("note")}
                />
              </Field>
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" size="small" variant="secondary" disabled={mutation.isPending}>
                {t("common.cancel")}
              </Button>
            </Drawer.Close>
            <Button
              type="submit"
              size="small"
              isLoading={mutation.isPending}
              data-testid="receipt-submit"
            >
              {t("bankTransfer.confirm.submit")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
