import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { listMyApprovals, retrieveMyApprovalPolicy } from "@/lib/data/unit-approvals"
import { retrieveMyUnit } from "@/lib/data/units"
import { t } from "@/lib/messages"
import { UnitApprovalsTemplate } from "@/modules/unit-approval/templates/unit-approvals-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("unitApproval.title"), robots: { index: false } }

/** /unit/approvals: the unit's approval policy and requests (every member of a verified unit). */
export default async function UnitApprovalsPage() {
  const customer = await retrieveCustomer()
  if (!customer) redirect("/account?next=/unit/approvals")
  const membership = await retrieveMyUnit()
  if (!membership || membership.unit.status !== "verified") redirect("/unit")
  const [policy, approvals] = await Promise.all([retrieveMyApprovalPolicy(), listMyApprovals()])
  return (
    <UnitApprovalsTemplate
      customer={customer}
      membership={membership}
      policy={policy}
      approvals={approvals}
    />
  )
}
