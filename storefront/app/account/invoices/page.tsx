import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { t } from "@/lib/messages"
import { InvoicesTemplate } from "@/modules/account/templates/invoices-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("account.invoices.heading"), robots: { index: false } }

export default async function InvoicesPage() {
  const customer = await retrieveCustomer()
  if (!customer) redirect("/account")
  return <InvoicesTemplate customer={customer} />
}
