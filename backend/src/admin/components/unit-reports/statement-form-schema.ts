import { z } from "zod"
import { statementPeriodSchema } from "../../../shared/unit-report"

/** The statement drawer's form: the period's China days, checked with the server's own rule. */
export const statementFormSchema = z
  .object({ from: z.string(), to: z.string() })
  .superRefine((value, ctx) => {
    const parsed = statementPeriodSchema.safeParse(value)
    if (parsed.success) return
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: "custom", message: issue.message, path: issue.path })
    }
  })

export type StatementFormValues = z.infer<typeof statementFormSchema>
