"use server"

import { refresh } from "next/cache"
import { statementPeriodSchema, unitQuotaSchema } from "@shared/unit-report"
import { type FormState, valuesOf } from "@/lib/account/form-state"
import { fieldErrors } from "@/lib/checkout/schema"
import { issueMyStatement, setMyQuota } from "@/lib/data/unit-reports"
import { t } from "@/lib/messages"
import { bulkRefusal } from "@/lib/unit/bulk-answer"

/**
 * The unit report forms' server actions: set the year's aid target and
 * issue a statement. Fields are checked with the server's own rules
 * (@shared/unit-report) first; a refusal comes back in Chinese.
 */

const QUOTA_FIELDS = ["year", "basis", "amount", "per_member", "headcount"]
const PERIOD_FIELDS = ["from", "to"]

/** The SDK's refusal (status, message) as the form's Chinese error. */
function refusedBy(error: unknown): string {
  const status =
    typeof error === "object" && error && "status" in error ? Number(error.status) : 500
  return bulkRefusal(status, error)
}

export async function setQuotaAction(previous: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, QUOTA_FIELDS)
  const round = (previous?.round ?? 0) + 1
  const body =
    values.basis === "per_member"
      ? {
          year: values.year,
          basis: "per_member",
          per_member: values.per_member,
          headcount: values.headcount,
        }
      : { year: values.year, basis: "amount", amount: values.amount }
  const parsed = unitQuotaSchema.safeParse(body)
  if (!parsed.success) return { round, values, errors: fieldErrors(parsed.error) }
  try {
    await setMyQuota(parsed.data)
  } catch (error) {
    return { round, values, errors: {}, formError: refusedBy(error) }
  }
  refresh()
  return { round, values, errors: {}, message: t("unitReport.quota.saved") }
}

export async function issueStatementAction(
  previous: FormState,
  form: FormData
): Promise<FormState> {
  const values = valuesOf(form, PERIOD_FIELDS)
  const round = (previous?.round ?? 0) + 1
  const parsed = statementPeriodSchema.safeParse(values)
  if (!parsed.success) return { round, values, errors: fieldErrors(parsed.error) }
  try {
    const { statement } = await issueMyStatement(parsed.data)
    refresh()
    return {
      round,
      values,
      errors: {},
      message: t("unitReport.statements.issued", { code: statement.code }),
    }
  } catch (error) {
    return { round, values, errors: {}, formError: refusedBy(error) }
  }
}
