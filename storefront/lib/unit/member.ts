import "server-only"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { retrieveMyUnit } from "@/lib/data/units"

/**
 * The signed-in customer and its unit membership for a page of the unit area
 * below /unit: signed out → sign in and come back to `path`; no unit → /unit
 * (where one applies).
 */
export async function unitMemberFor(path: string) {
  const customer = await retrieveCustomer()
  if (!customer) redirect(`/account?next=${encodeURIComponent(path)}`)
  const membership = await retrieveMyUnit()
  if (!membership) redirect("/unit")
  return { customer, membership }
}
