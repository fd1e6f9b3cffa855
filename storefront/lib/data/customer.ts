import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { medusa } from "./medusa"
import { authHeaders, getAuthToken, getCartId, removeAuthToken, setAuthToken } from "./cookies"

export type StoreCustomer = HttpTypes.StoreCustomer

export type InvoiceTitle = { id: string; title: string; tax_id: string }

/** The logged-in customer, or null (no or expired token). */
export async function retrieveCustomer(): Promise<StoreCustomer | null> {
  if (!(await getAuthToken())) return null
  try {
    const { customer } = await medusa.store.customer.retrieve(
      { fields: "*addresses,+metadata" } as any,
      await authHeaders()
    )
    return customer
  } catch {
    return null
  }
}

/** Logs in with email and password; keeps the token in an httpOnly cookie. */
export async function login(email: string, password: string) {
  const token = await medusa.auth.login("customer", "emailpass", { email, password })
  if (typeof token !== "string") throw new Error("Unexpected login answer")
  await setAuthToken(token)
  await adoptCart()
}

/** Creates the auth identity and the customer, then logs in. */
export async function register(input: { email: string; password: string; first_name: string; phone?: string }) {
  const registration = await medusa.auth.register("customer", "emailpass", {
    email: input.email,
    password: input.password,
  })
  await medusa.store.customer.create(
    { email: input.email, first_name: input.first_name, last_name: "", phone: input.phone || undefined },
    {},
    { authorization: `Bearer ${registration}` }
  )
  await login(input.email, input.password)
}

export async function logout() {
  await removeAuthToken()
}

/** The visitor's open cart becomes the customer's after logging in. */
async function adoptCart() {
  const cartId = await getCartId()
  if (!cartId) return
  try {
    await medusa.store.cart.transferCart(cartId, {}, await authHeaders())
  } catch {
    // a completed or unknown cart stays as it is
  }
}

export async function addAddress(address: HttpTypes.StoreCreateCustomerAddress) {
  await medusa.store.customer.createAddress(address, {}, await authHeaders())
}

export async function deleteAddress(id: string) {
  await medusa.store.customer.deleteAddress(id, await authHeaders())
}

export function invoiceTitlesOf(customer: StoreCustomer | null): InvoiceTitle[] {
  const list = (customer?.metadata as any)?.invoice_titles
  return Array.isArray(list) ? list : []
}

/** Saves the customer's 发票 titles in its metadata. */
export async function saveInvoiceTitles(titles: InvoiceTitle[]) {
  const customer = await retrieveCustomer()
  if (!customer) throw new Error("Not logged in")
  await medusa.store.customer.update(
    { metadata: { ...(customer.metadata ?? {}), invoice_titles: titles } },
    {},
    await authHeaders()
  )
}
