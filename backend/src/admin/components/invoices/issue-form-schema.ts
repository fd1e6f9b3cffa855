/** The 开票 form: number and China day, with the server's rules (shared/invoice.ts) in Chinese. */
import { z } from "zod"
import { chinaToday, DATE_PATTERN } from "../../../shared/china-time"
import type { AdminIssueInvoiceInput } from "../../../types/http/invoice"
import type { TranslateFn } from "../../i18n/use-t"

export type IssueFormValues = { number: string; issued_on: string }

export const emptyIssueForm = (): IssueFormValues => ({ number: "", issued_on: chinaToday() })

const NUMBER = /^[0-9A-Za-z]{8,20}$/

export const issueFormSchema = (t: TranslateFn) =>
  z.object({
    number: z.string().refine((v) => NUMBER.test(v.trim()), t("invoice.issue.numberInvalid")),
    issued_on: z
      .string()
      .refine(
        (v) => DATE_PATTERN.test(v.trim()) && v.trim() <= chinaToday(),
        t("invoice.issue.dateInvalid")
      ),
  }) satisfies z.ZodType<IssueFormValues>

export const issueFormToBody = (values: IssueFormValues): AdminIssueInvoiceInput => ({
  number: values.number.trim(),
  issued_on: values.issued_on.trim(),
})
