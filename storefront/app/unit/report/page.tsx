import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { listMyStatements, retrieveMyQuota } from "@/lib/data/unit-reports"
import { retrieveMyUnit } from "@/lib/data/units"
import { t } from "@/lib/messages"
import { chinaToday } from "@shared/china-time"
import { quotaYear } from "@shared/unit-report"
import { UnitReportTemplate } from "@/modules/unit-report/templates/unit-report-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("unitReport.title"), robots: { index: false } }

/** /unit/report?year=: the unit's yearly aid target, its progress and its statements (every member of a verified unit). */
export default async function UnitReportPage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string }>
}) {
  const customer = await retrieveCustomer()
  if (!customer) redirect("/account?next=/unit/report")
  const membership = await retrieveMyUnit()
  if (!membership || membership.unit.status !== "verified") redirect("/unit")
  const asked = quotaYear.safeParse((await searchParams).year)
  const year = asked.success ? asked.data : Number(chinaToday().slice(0, 4))
  const [quota, statements] = await Promise.all([retrieveMyQuota(year), listMyStatements()])
  return (
    <UnitReportTemplate
      customer={customer}
      membership={membership}
      quota={quota}
      statements={statements}
    />
  )
}
