import type { Metadata } from "next"
import { nextPathOf } from "@/lib/account/next-path"
import { retrieveCustomer } from "@/lib/data/customer"
import { listOrders } from "@/lib/data/orders"
import { t } from "@/lib/messages"
import { AccountLoginTemplate } from "@/modules/account/templates/account-login-template"
import { AccountOrdersTemplate } from "@/modules/account/templates/account-orders-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("account.title"), robots: { index: false } }

/** The account, or signing in (`?next=/unit`: where to go back to after it). */
export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const customer = await retrieveCustomer()
  if (!customer) {
    const { next } = await searchParams
    const back = nextPathOf(next)
    return <AccountLoginTemplate next={back === "/account" ? undefined : back} />
  }
  const { orders } = await listOrders(50)
  return <AccountOrdersTemplate customer={customer} orders={orders} />
}
