import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { StoreInvoiceTitle } from "@http/metadata"
import { authHeaders, getAuthToken } from "./cookies"
import { medusa } from "./medusa"

export type StoreCustomer = HttpTypes.StoreCustomer

/** The logged-in customer, or null (no or expired token). */
export async function retrieveCustomer(): Promise<StoreCustomer | null> {
  if (!(await getAuthToken())) return null
  try {
    const { customer } = await medusa.store.customer.retrieve(
      { fields: "*addresses,+metadata" },
      await authHeaders()
    )
    return customer
  } catch {
    return null
  }
}

export async function addAddress(address: HttpTypes.StoreCreateCustomerAddress) {
  await medusa.store.customer.createAddress(address, {}, await authHeaders())
}

export async function deleteAddress(id: string) {
  await medusa.store.customer.deleteAddress(id, await authHeaders())
}

export function invoiceTitlesOf(customer: StoreCustomer | null): StoreInvoiceTitle[] {
  const list = customer?.metadata?.invoice_titles
  return Array.isArray(list) ? list : []
}

/** Saves the customer's 发票 titles in its metadata. */
export async function saveInvoiceTitles(titles: StoreInvoiceTitle[]) {
  const customer = await retrieveCustomer()
  if (!customer) throw new Error("Not logged in")
  await medusa.store.customer.update(
    { metadata: { ...(customer.metadata ?? {}), invoice_titles: titles } },
    {},
    await authHeaders()
  )
}
