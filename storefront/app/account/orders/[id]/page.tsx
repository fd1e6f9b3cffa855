import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { bankTransferOf } from "@/lib/data/bank-transfer"
import { invoiceTitlesOf, retrieveCustomer } from "@/lib/data/customer"
import { alipayStatusOf } from "@/lib/data/online-payments"
import { orderInvoices } from "@/lib/data/invoices"
import { orderAid, orderUnitNote, retrieveCustomerOrder } from "@/lib/data/orders"
import { t } from "@/lib/messages"
import { AccountOrderTemplate } from "@/modules/account/templates/account-order-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("account.orders.heading"), robots: { index: false } }

export default async function AccountOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const customer = await retrieveCustomer()
  if (!customer) redirect("/account")
  const order = await retrieveCustomerOrder(id, customer.id)
  if (!order) notFound()
  const [aid, transfer, alipay, unitNote, invoices] = await Promise.all([
    orderAid(order.id),
    bankTransferOf(order.id),
    alipayStatusOf(order.id),
    orderUnitNote(order.id),
    orderInvoices(order.id),
  ])
  // 申请发票 prefilled with the first saved 抬头 and the account's e-mail
  const saved = invoiceTitlesOf(customer)[0]
  const invoiceDefaults = {
    kind: "normal",
    title: saved?.title ?? "",
    tax_id: saved?.tax_id ?? "",
    email: customer.email ?? "",
  }
  return (
    <AccountOrderTemplate
      customer={customer}
      order={order}
      aid={aid}
      transfer={transfer}
      alipay={alipay}
      unitNote={unitNote}
      invoices={invoices}
      invoiceDefaults={invoiceDefaults}
    />
  )
}
