import type { Metadata } from "next"
import { lookupOrders } from "@/lib/data/order-lookup"
import { t } from "@/lib/messages"
import {
  OrderLookupFormTemplate,
  OrderLookupTemplate,
} from "@/modules/order/templates/order-lookup-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("lookup.title"), robots: { index: false } }

/**
 * Guest order lookup: the buyer's mobile or e-mail, a 6-digit code sent to it,
 * then the orders placed with it (for 30 minutes, in an httpOnly cookie).
 */
export default async function OrderLookupPage() {
  const found = await lookupOrders()
  if (!found) return <OrderLookupFormTemplate />
  return <OrderLookupTemplate contact={found.contact} orders={found.orders} />
}
