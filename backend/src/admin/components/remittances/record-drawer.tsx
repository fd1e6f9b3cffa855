import { zodResolver } from "@hookform/resolvers/zod"
import { useMemo, useState } from "react"
import { useForm } from "react-hook-form"
import { useNavigate } from "react-router-dom"
import { chinaToday } from "../../../shared/china-time"
import { useCreateRemittance } from "../../hooks/api/remittances"
import { useT } from "../../i18n/use-t"
import { useFormSubmit } from "../../lib/forms"
import { useNotify } from "../../lib/notify"
import { FormDrawer } from "../drawer-form"
import { FormInput } from "../form-input"
import {
  emptyRecordForm,
  type RecordFormValues,
  recordFormSchema,
  recordFormToBody,
} from "./record-form-schema"

/** The optional text fields, in the order of a bank's receipt. */
const OPTIONAL = [
  { name: "bank_serial", label: "remittance.record.bankSerial" },
  { name: "payer_account", label: "remittance.record.payerAccount" },
  { name: "bank", label: "remittance.record.bank" },
] as const

/** "手工录入": records one credit as the bank's receipt shows it, then opens it. */
export const RecordRemittanceDrawer = () => {
  const t = useT()
  const notify = useNotify()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const schema = useMemo(() => recordFormSchema(t), [t])
  const form = useForm<RecordFormValues>({
    resolver: zodResolver(schema),
    defaultValues: emptyRecordForm(),
  })
  const create = useCreateRemittance({
    onSuccess: ({ remittance }) => {
      notify.success("remittance.record.recorded", {
        status: t(`remittance.status.${remittance.status}`),
      })
      setOpen(false)
      navigate(`/remittances/${remittance.id}`)
    },
    onError: (error) => notify.refused(error, "remittance.failed"),
  })
  const onSubmit = useFormSubmit(form, (values) => create.mutate(recordFormToBody(values)))
  const field = { form, prefix: "remittance", disabled: create.isPending }

  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(emptyRecordForm())
        setOpen(next)
      }}
      triggerLabel={t("remittance.record.open")}
      triggerTestId="remittance-record"
      title={t("remittance.record.title")}
      description={t("remittance.record.description")}
      onSubmit={onSubmit}
      pending={create.isPending}
      testId="remittance-record-form"
      submitLabel={t("remittance.record.submit")}
      submitTestId="remittance-record-submit"
    >
      <FormInput
        {...field}
        name="amount"
        label={t("remittance.record.amount")}
        required
        inputMode="decimal"
        autoComplete="off"
      />
      <FormInput {...field} name="payer_name" label={t("remittance.record.payerName")} required />
      <FormInput
        {...field}
        name="paid_at"
        label={t("remittance.record.paidAt")}
        type="date"
        max={chinaToday()}
        required
      />
      <FormInput {...field} name="remark" label={t("remittance.record.remark")} rows={2} />
      {OPTIONAL.map(({ name, label }) => (
        <FormInput key={name} {...field} name={name} label={t(label)} autoComplete="off" />
      ))}
    </FormDrawer>
  )
}
