import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Drawer, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useForm } from "react-hook-form"
import { chinaToday } from "../../../shared/china-time"
import type { AdminBankTransferPayment } from "../../../types/http"
import { useRecordBankTransferReceipt } from "../../hooks/api/bank-transfers"
import { useT } from "../../i18n/use-t"
import { useFormSubmit } from "../../lib/forms"
import { useNotify } from "../../lib/notify"
import { yuanText } from "../aid/format"
import { DrawerForm } from "../drawer-form"
import { FormInput } from "../form-input"
import {
  type ReceiptFormInput,
  type ReceiptFormOutput,
  receiptFormDefaults,
  receiptFormSchema,
} from "./receipt-form-schema"

/** "确认到账": records money received for a 对公转账 payment (amount, 户名, day, note). */
export const ReceiptDrawer = ({ payment }: { payment: AdminBankTransferPayment }) => {
  const t = useT()
  const notify = useNotify()
  const [open, setOpen] = useState(false)
  const schema = useMemo(() => receiptFormSchema(t), [t])
  const form = useForm<ReceiptFormInput, unknown, ReceiptFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: receiptFormDefaults(""),
  })

  const record = useRecordBankTransferReceipt(payment.id, {
    onSuccess: ({ payment: updated, receipt }) => {
      if (receipt?.outcome === "partial") {
        notify.success("bankTransfer.confirm.donePartial", {
          amount: yuanText(t, receipt.amount),
          outstanding: yuanText(t, updated?.outstanding_amount),
        })
      } else if (receipt?.outcome === "overpaid") {
        notify.success("bankTransfer.confirm.doneOverpaid", {
          amount: yuanText(t, updated?.overpaid_amount),
        })
      } else {
        notify.success("bankTransfer.confirm.donePaid")
      }
      setOpen(false)
    },
    onError: (error) => notify.error(error, "bankTransfer.confirm.failed"),
  })

  const onOpenChange = (next: boolean) => {
    if (next) form.reset(receiptFormDefaults(payment.outstanding_amount))
    setOpen(next)
  }
  const onSubmit = useFormSubmit(form, (values) =>
    record.mutate({
      amount: values.amount,
      payer_name: values.payer_name,
      received_on: values.received_on || null,
      note: values.note || null,
    })
  )
  const field = { form, prefix: "receipt", disabled: record.isPending }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="primary" data-testid="bank-transfer-confirm">
          {t("bankTransfer.confirm.action")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <DrawerForm
          title={t("bankTransfer.confirm.title")}
          description={t("bankTransfer.confirm.description")}
          onSubmit={onSubmit}
          pending={record.isPending}
          testId="bank-transfer-receipt-form"
          submitLabel={t("bankTransfer.confirm.submit")}
          submitTestId="receipt-submit"
        >
          <Text size="small" weight="plus" className="font-mono">
            {payment.reference}
          </Text>
          <FormInput
            {...field}
            name="amount"
            label={t("bankTransfer.confirm.amount")}
            hint={t("bankTransfer.confirm.amountHint", {
              amount: yuanText(t, payment.outstanding_amount),
            })}
            required
            inputMode="decimal"
            autoComplete="off"
          />
          <FormInput
            {...field}
            name="payer_name"
            id="receipt-payer"
            label={t("bankTransfer.confirm.payerName")}
            hint={t("bankTransfer.confirm.payerNameHint")}
            required
            autoComplete="off"
          />
          <FormInput
            {...field}
            name="received_on"
            id="receipt-day"
            label={t("bankTransfer.confirm.receivedOn")}
            type="date"
            max={chinaToday()}
          />
          <FormInput
            {...field}
            name="note"
            label={t("bankTransfer.confirm.note")}
            rows={3}
            placeholder={t("bankTransfer.confirm.notePlaceholder")}
          />
        </DrawerForm>
      </Drawer.Content>
    </Drawer>
  )
}
