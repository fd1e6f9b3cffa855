import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { listMyUnitMembers, retrieveMyUnit } from "@/lib/data/units"
import { t } from "@/lib/messages"
import { UnitApplyTemplate } from "@/modules/unit/templates/unit-apply-template"
import { UnitTemplate } from "@/modules/unit/templates/unit-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: t("unit.title"), robots: { index: false } }

/** The unit area: sign in first (and come back), then apply, or the unit and its members. */
export default async function UnitPage() {
  const customer = await retrieveCustomer()
  if (!customer) redirect("/account?next=/unit")
  const membership = await retrieveMyUnit()
  if (!membership) return <UnitApplyTemplate customer={customer} />
  const members = await listMyUnitMembers()
  return <UnitTemplate customer={customer} membership={membership} members={members} />
}
