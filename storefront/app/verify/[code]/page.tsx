import type { Metadata } from "next"
import { verifyStatementCode } from "@/lib/data/unit-reports"
import { t } from "@/lib/messages"
import { normalizeStatementCode } from "@shared/unit-report"
import { VerifyTemplate } from "@/modules/unit-report/templates/verify-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("unitReport.verify.title"), robots: { index: false } }

/** /verify/<code>: anyone checks a unit's statement by its code (有效 / 已变更 / 不存在). */
export default async function VerifyPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params
  const normalized = normalizeStatementCode(decodeURIComponent(code))
  const statement = normalized ? await verifyStatementCode(normalized) : null
  return <VerifyTemplate code={normalized ?? decodeURIComponent(code)} statement={statement} />
}
