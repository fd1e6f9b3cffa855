import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { t } from "@/lib/messages"
import { AddressesTemplate } from "@/modules/account/templates/addresses-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = {
  title: t("account.addresses.heading"),
  robots: { index: false },
}

export default async function AddressesPage() {
  const customer = await retrieveCustomer()
  if (!customer) redirect("/account")
  return <AddressesTemplate customer={customer} />
}
