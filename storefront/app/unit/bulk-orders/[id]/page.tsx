import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveBulkOrder } from "@/lib/data/bulk-orders"
import { bulkOrderInvoices } from "@/lib/data/invoices"
import { t } from "@/lib/messages"
import { unitMemberFor } from "@/lib/unit/member"
import { BulkOrderTemplate } from "@/modules/unit/templates/bulk-order-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("bulk.list.title"), robots: { index: false } }

/** One of the unit's bulk orders (another unit's is not found). */
export default async function BulkOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { customer, membership } = await unitMemberFor(`/unit/bulk-orders/${id}`)
  const detail = await retrieveBulkOrder(id)
  if (!detail) notFound()
  // 管理员 and 财务 see the bulk order's 发票 (a 采购员's request is refused: null)
  const invoices = membership.role === "buyer" ? null : await bulkOrderInvoices(id)
  return (
    <BulkOrderTemplate
      customer={customer}
      membership={membership}
      detail={detail}
      invoices={invoices}
    />
  )
}
