import { z } from "zod"
import { chinaToday } from "../../../shared/china-time"
import { yuanAmountPattern } from "../../../shared/money"
import { CONTROL_CHARACTER, TEXT_CONTROL_CHARACTER } from "../../../shared/text"
import type { TranslateFn } from "../../i18n/use-t"

/** Decimal yuan as the API takes a receipt: up to ten whole digits and two decimals. */
const RECEIPT_AMOUNT = yuanAmountPattern(10)

/**
 * The rules of 确认到账 in Chinese: the API's (backend/src/api/admin/bank-transfer/validators.ts,
 * control characters from shared/text.ts).
 */
export const receiptFormSchema = (t: TranslateFn) =>
  z.object({
    amount: z
      .string()
      .transform((v) => v.replace(/[,，\s]/g, ""))
      .refine((v) => v !== "", t("bankTransfer.confirm.errors.amountRequired"))
      .refine(
        (v) => v === "" || (RECEIPT_AMOUNT.test(v) && Number(v) > 0),
        t("bankTransfer.confirm.errors.amountFormat")
      ),
    payer_name: z
      .string()
      .trim()
      .min(1, t("bankTransfer.confirm.errors.payerRequired"))
      .max(100, t("bankTransfer.confirm.errors.payerTooLong"))
      .refine((v) => !CONTROL_CHARACTER.test(v), t("bankTransfer.confirm.errors.payerInvalid")),
    received_on: z
      .string()
      .refine((v) => !v || v <= chinaToday(), t("bankTransfer.confirm.errors.dateFuture")),
    note: z
      .string()
      .trim()
      .max(500, t("bankTransfer.confirm.errors.noteTooLong"))
      .transform((v) => v.replace(TEXT_CONTROL_CHARACTER, "")),
  })

export type ReceiptFormInput = z.input<ReturnType<typeof receiptFormSchema>>
export type ReceiptFormOutput = z.output<ReturnType<typeof receiptFormSchema>>

export const receiptFormDefaults = (outstanding: string): ReceiptFormInput => ({
  amount: outstanding,
  payer_name: "",
  received_on: chinaToday(),
  note: "",
})
