import type { Metadata } from "next"
import { retrieveCustomer } from "@/lib/data/customer"
import { listOrders } from "@/lib/data/orders"
import { t } from "@/lib/messages"
import { AccountLoginTemplate } from "@/modules/account/templates/account-login-template"
import { AccountOrdersTemplate } from "@/modules/account/templates/account-orders-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("account.title"), robots: { index: false } }

export default async function AccountPage() {
  const customer = await retrieveCustomer()
  if (!customer) return <AccountLoginTemplate />
  const { orders } = await listOrders(50)
  return <AccountOrdersTemplate customer={customer} orders={orders} />
}
