import { zodResolver } from "@hookform/resolvers/zod"
import { Select } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useForm } from "react-hook-form"
import { useNavigate } from "react-router-dom"
import { chinaToday, previousChinaDay } from "../../../shared/china-time"
import type { ReconciliationProvider } from "../../../types/http/payment-reconciliations"
import { useRunPaymentReconciliation } from "../../hooks/api/payment-reconciliations"
import { useT } from "../../i18n/use-t"
import { useFormSubmit } from "../../lib/forms"
import { useNotify } from "../../lib/notify"
import { FormDrawer } from "../drawer-form"
import { FormInput } from "../form-input"
import { FormSelect } from "../form-select"
import { type RunFormValues, runFormSchema, runFormToBody } from "./run-form-schema"

/** 重新对账: one configured provider's bill of a past day, compared now; then opens the result. */
export const RunReconciliationDrawer = ({ providers }: { providers: ReconciliationProvider[] }) => {
  const t = useT()
  const notify = useNotify()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  const schema = useMemo(() => runFormSchema(t), [t])
  const empty = (): RunFormValues => ({
    provider: providers[0] ?? "",
    bill_date: previousChinaDay(chinaToday()),
  })
  const form = useForm<RunFormValues>({ resolver: zodResolver(schema), defaultValues: empty() })
  const run = useRunPaymentReconciliation({
    onSuccess: ({ run }) => {
      notify.success("paymentReconciliation.run.done", {
        date: run.bill_date,
        provider: t(`paymentReconciliation.provider.${run.provider}`),
        status: t(`paymentReconciliation.status.${run.status}`),
      })
      setOpen(false)
      navigate(`/payment-reconciliations/${run.id}`)
    },
    onError: (error) => notify.refused(error, "paymentReconciliation.run.failed"),
  })
  const onSubmit = useFormSubmit(form, (values) => run.mutate(runFormToBody(values)))
  if (!providers.length) return null
  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset(empty())
        setOpen(next)
      }}
      triggerLabel={t("paymentReconciliation.run.title")}
      triggerTestId="reconciliation-run"
      title={t("paymentReconciliation.run.title")}
      description={t("paymentReconciliation.run.hint")}
      onSubmit={onSubmit}
      pending={run.isPending}
      testId="reconciliation-run-form"
      submitLabel={t("paymentReconciliation.run.action")}
      submitTestId="reconciliation-run-submit"
    >
      <FormSelect
        form={form}
        name="provider"
        id="reconciliation-provider"
        testId="reconciliation-provider"
        label={t("paymentReconciliation.run.provider")}
        placeholder={t("paymentReconciliation.run.provider")}
        required
      >
        {providers.map((p) => (
          <Select.Item key={p} value={p}>
            {t(`paymentReconciliation.provider.${p}`)}
          </Select.Item>
        ))}
      </FormSelect>
      <FormInput
        form={form}
        prefix="reconciliation"
        name="bill_date"
        label={t("paymentReconciliation.run.billDate")}
        type="date"
        max={previousChinaDay(chinaToday())}
        disabled={run.isPending}
        required
      />
    </FormDrawer>
  )
}
