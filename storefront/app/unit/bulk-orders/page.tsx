import type { Metadata } from "next"
import { listBulkOrders } from "@/lib/data/bulk-orders"
import { t } from "@/lib/messages"
import { unitMemberFor } from "@/lib/unit/member"
import { BulkOrdersTemplate } from "@/modules/unit/templates/bulk-orders-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("bulk.list.title"), robots: { index: false } }

/** The unit's bulk orders, newest first. */
export default async function BulkOrdersPage() {
  const { customer, membership } = await unitMemberFor("/unit/bulk-orders")
  const { bulk_orders } = await listBulkOrders({ limit: 100 })
  return <BulkOrdersTemplate customer={customer} membership={membership} orders={bulk_orders} />
}
