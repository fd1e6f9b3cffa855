import type { Metadata } from "next"
import { retrieveMyApprovalPolicy } from "@/lib/data/unit-approvals"
import { t } from "@/lib/messages"
import { quoteThreshold } from "@/lib/quotes/view"
import { unitMemberFor } from "@/lib/unit/member"
import { BulkNewTemplate } from "@/modules/unit/templates/bulk-new-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("bulk.new.title"), robots: { index: false } }

/** 批量下单: template, upload, preview, submit (or 提交审批, 申请询价). */
export default async function BulkNewPage() {
  const { customer, membership } = await unitMemberFor("/unit/bulk")
  // the unit's approval policy: a bulk order over it is submitted for approval (提交审批)
  const approvalPolicy =
    membership.unit.status === "verified"
      ? await retrieveMyApprovalPolicy().catch(() => null)
      : null
  return (
    <BulkNewTemplate
      customer={customer}
      membership={membership}
      approvalPolicy={approvalPolicy}
      quoteThreshold={quoteThreshold(process.env.QUOTE_MIN_AMOUNT)}
    />
  )
}
