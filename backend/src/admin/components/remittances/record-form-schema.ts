/** The 手工录入 form: its values and their rules in Chinese (amounts as shared/money.ts reads them). */
import { z } from "zod"
import { chinaToday, DATE_PATTERN } from "../../../shared/china-time"
import { yuanAmountPattern } from "../../../shared/money"
import type { AdminCreateRemittanceBody } from "../../../types/http/remittances"
import type { TranslateFn } from "../../i18n/use-t"
import { textOrNull } from "../../lib/forms"
import { requiredText } from "../towns/town-form-schema"

const AMOUNT = yuanAmountPattern(12)

export type RecordFormValues = {
  amount: string
  payer_name: string
  paid_at: string
  bank_serial: string
  remark: string
  payer_account: string
  bank: string
}

export const emptyRecordForm = (): RecordFormValues => ({
  amount: "",
  payer_name: "",
  paid_at: chinaToday(),
  bank_serial: "",
  remark: "",
  payer_account: "",
  bank: "",
})

const plainAmount = (value: string) => value.replace(/[,，\s¥￥]/g, "")

export const recordFormSchema = (t: TranslateFn) =>
  z.object({
    amount: z
      .string()
      .refine(
        (v) => AMOUNT.test(plainAmount(v)) && Number(plainAmount(v)) > 0,
        t("remittance.record.amountInvalid")
      ),
    payer_name: requiredText(t, "remittance.record.payerName"),
    paid_at: z
      .string()
      .refine((v) => DATE_PATTERN.test(v.trim()), t("remittance.record.dateInvalid")),
    bank_serial: z.string(),
    remark: z.string(),
    payer_account: z.string(),
    bank: z.string(),
  }) satisfies z.ZodType<RecordFormValues>

export const recordFormToBody = (values: RecordFormValues): AdminCreateRemittanceBody => ({
  amount: plainAmount(values.amount),
  payer_name: values.payer_name.trim(),
  paid_at: values.paid_at.trim(),
  remark: values.remark.trim(),
  bank_serial: textOrNull(values.bank_serial),
  payer_account: textOrNull(values.payer_account),
  bank: textOrNull(values.bank),
})
