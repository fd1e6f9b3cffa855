import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { bankTransferOf } from "@/lib/data/bank-transfer"
import { unitOrderInvoices } from "@/lib/data/invoices"
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
  const orderId = quote.order_id
  // how to pay the placed order (the backend answers only who may read the order), and its
  // 发票 for the unit's 管理员 and 财务
  const invoicing = orderId && ["admin", "finance"].includes(membership.role)
  const [transfer, invoices] = await Promise.all([
    orderId ? bankTransferOf(orderId) : null,
    invoicing ? unitOrderInvoices(orderId) : null,
  ])
  return (
    <QuoteTemplate
      customer={customer}
      membership={membership}
      quote={quote}
      transfer={transfer}
      invoices={invoices}
      now={new Date()}
    />
  )
}
