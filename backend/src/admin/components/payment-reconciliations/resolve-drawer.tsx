import { zodResolver } from "@hookform/resolvers/zod"
import { useMemo, useState } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { CONTROL_CHARACTER } from "../../../shared/text"
import type { PaymentReconciliationDifference } from "../../../types/http/payment-reconciliations"
import { useResolveReconciliationDifference } from "../../hooks/api/payment-reconciliations"
import { type TranslateFn, useT } from "../../i18n/use-t"
import { useFormSubmit } from "../../lib/forms"
import { useNotify } from "../../lib/notify"
import { FormDrawer } from "../drawer-form"
import { FormInput } from "../form-input"

type ResolveValues = { note: string }

const resolveSchema = (t: TranslateFn) =>
  z.object({
    note: z
      .string()
      .trim()
      .min(1, t("paymentReconciliation.difference.noteRequired"))
      .max(500)
      .refine(
        (v) => !CONTROL_CHARACTER.test(v),
        t("paymentReconciliation.difference.noteRequired")
      ),
  })

/** 标记已处理: what the support team did about one difference (e.g. a capture recorded by hand). */
export const ResolveDifferenceDrawer = ({
  runId,
  difference,
}: {
  runId: string
  difference: PaymentReconciliationDifference
}) => {
  const t = useT()
  const notify = useNotify()
  const [open, setOpen] = useState(false)
  const schema = useMemo(() => resolveSchema(t), [t])
  const form = useForm<ResolveValues>({
    resolver: zodResolver(schema),
    defaultValues: { note: "" },
  })
  const resolve = useResolveReconciliationDifference(runId, difference.id, {
    onSuccess: () => {
      notify.success("paymentReconciliation.difference.resolvedDone")
      setOpen(false)
    },
    onError: (error) => notify.refused(error, "paymentReconciliation.run.failed"),
  })
  const onSubmit = useFormSubmit(form, (values) => resolve.mutate({ note: values.note.trim() }))
  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => {
        if (next) form.reset({ note: "" })
        setOpen(next)
      }}
      triggerLabel={t("paymentReconciliation.difference.resolve")}
      triggerTestId="reconciliation-resolve"
      title={t("paymentReconciliation.difference.resolveTitle")}
      description={`${t(`paymentReconciliation.difference.kind.${difference.kind}`)} · ${difference.out_trade_no}`}
      onSubmit={onSubmit}
      pending={resolve.isPending}
      testId="reconciliation-resolve-form"
      submitLabel={t("common.save")}
      submitTestId="reconciliation-resolve-submit"
    >
      <FormInput
        form={form}
        prefix="reconciliation"
        name="note"
        label={t("paymentReconciliation.difference.note")}
        placeholder={t("paymentReconciliation.difference.notePlaceholder")}
        rows={3}
        disabled={resolve.isPending}
        required
      />
    </FormDrawer>
  )
}
