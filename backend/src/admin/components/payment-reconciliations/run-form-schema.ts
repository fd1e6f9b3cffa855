/** The 重新对账 form: a configured provider and a day before today (China time). */
import { z } from "zod"
import { chinaToday, DATE_PATTERN } from "../../../shared/china-time"
import {
  type AdminRunPaymentReconciliationRequest,
  RECONCILIATION_PROVIDERS,
} from "../../../types/http/payment-reconciliations"
import type { TranslateFn } from "../../i18n/use-t"

export type RunFormValues = { provider: string; bill_date: string }

export const runFormSchema = (t: TranslateFn) =>
  z.object({
    provider: z
      .string()
      .refine(
        (v) => (RECONCILIATION_PROVIDERS as readonly string[]).includes(v),
        t("paymentReconciliation.run.required")
      ),
    bill_date: z
      .string()
      .refine((v) => DATE_PATTERN.test(v) && v < chinaToday(), t("paymentReconciliation.run.hint")),
  })

export const runFormToBody = (values: RunFormValues): AdminRunPaymentReconciliationRequest => ({
  provider: values.provider as AdminRunPaymentReconciliationRequest["provider"],
  bill_date: values.bill_date,
})
