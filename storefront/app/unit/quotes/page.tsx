import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { listMyQuotes } from "@/lib/data/quotes"
import { t } from "@/lib/messages"
import { unitMemberFor } from "@/lib/unit/member"
import { QuotesTemplate } from "@/modules/quotes/templates/quotes-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("quote.title"), robots: { index: false } }

/** /unit/quotes: the unit's quotes (every member of a verified unit). */
export default async function UnitQuotesPage() {
  const { customer, membership } = await unitMemberFor("/unit/quotes")
  if (membership.unit.status !== "verified") redirect("/unit")
  const quotes = await listMyQuotes()
  return (
    <QuotesTemplate customer={customer} membership={membership} quotes={quotes} now={new Date()} />
  )
}
