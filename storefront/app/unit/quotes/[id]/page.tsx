import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { bankTransferOf } from "@/lib/data/bank-transfer"
import { retrieveMyQuote } from "@/lib/data/quotes"
import { t } from "@/lib/messages"
import { unitMemberFor } from "@/lib/unit/member"
import { QuoteTemplate } from "@/modules/quotes/templates/quote-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("quote.title"), robots: { index: false } }

/** /unit/quotes/:id: one of the unit's quotes (another unit's is not found). */
export default async function UnitQuotePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { customer, membership } = await unitMemberFor(`/unit/quotes/${encodeURIComponent(id)}`)
  if (membership.unit.status !== "verified") redirect("/unit")
  const found = await retrieveMyQuote(id)
  if (!found) notFound()
  const { quote } = found
  // how to pay the placed order (the backend answers only who may read the order)
  const transfer = quote.order_id ? await bankTransferOf(quote.order_id) : null
  return (
    <QuoteTemplate
      customer={customer}
      membership={membership}
      quote={quote}
      transfer={transfer}
      now={new Date()}
    />
  )
}
