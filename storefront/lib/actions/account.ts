"use server"

import { randomUUID } from "node:crypto"
import { refresh } from "next/cache"
import { type FormState, valuesOf } from "@/lib/account/form-state"
import { invoiceSchema } from "@/lib/account/schema"
import { divisionsOf, medusaAddress } from "@/lib/address/medusa-address"
import { cascadeOptions } from "@/lib/address/regions"
import { addressSchema, fieldErrors, type FieldErrors } from "@/lib/checkout/schema"
import {
  addAddress,
  deleteAddress,
  invoiceTitlesOf,
  retrieveCustomer,
  saveInvoiceTitles,
} from "@/lib/data/customer"
import { t } from "@/lib/messages"

/** The logged-in customer's saved addresses and 发票 titles: the account pages' server actions. */

const ADDRESS_FIELDS = ["recipient", "phone", "province", "city", "district", "street", "detail"]

export async function addAddressAction(previous: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, ADDRESS_FIELDS)
  const round = (previous?.round ?? 0) + 1
  const options = cascadeOptions(values.province, values.city)
  const state = { round, values, options: { cities: options.cities, districts: options.districts } }
  if (form.get("intent") === "regions") return { ...state, errors: {} }
  const parsed = addressSchema.safeParse(values)
  const { divisions, errors: regionErrors } = divisionsOf(values)
  const errors: FieldErrors = {
    ...regionErrors,
    ...(parsed.success ? {} : fieldErrors(parsed.error)),
  }
  if (!parsed.success || !divisions || Object.keys(errors).length) return { ...state, errors }
  try {
    await addAddress(medusaAddress(parsed.data, divisions))
  } catch {
    return { ...state, errors: {}, formError: t("account.errors.saveFailed") }
  }
  refresh()
  return { round, values: {}, errors: {}, message: t("account.addresses.saved") }
}

export async function deleteAddressAction(form: FormData) {
  const id = String(form.get("address_id") ?? "")
  if (id) await deleteAddress(id).catch(() => undefined)
  refresh()
}

export async function addInvoiceTitleAction(
  previous: FormState,
  form: FormData
): Promise<FormState> {
  const values = valuesOf(form, ["title", "tax_id"])
  const round = (previous?.round ?? 0) + 1
  const parsed = invoiceSchema.safeParse(values)
  if (!parsed.success) return { round, values, errors: fieldErrors(parsed.error) }
  const customer = await retrieveCustomer()
  if (!customer) return { round, values, errors: {}, formError: t("account.errors.loginRequired") }
  const titles = invoiceTitlesOf(customer)
  if (titles.some((x) => x.tax_id === parsed.data.tax_id && x.title === parsed.data.title)) {
    return { round, values, errors: { tax_id: t("account.errors.invoiceDuplicate") } }
  }
  try {
    await saveInvoiceTitles([
      ...titles,
      { id: randomUUID(), title: parsed.data.title, tax_id: parsed.data.tax_id },
    ])
  } catch {
    return { round, values, errors: {}, formError: t("account.errors.saveFailed") }
  }
  refresh()
  return { round, values: {}, errors: {}, message: t("account.invoices.saved") }
}

export async function deleteInvoiceTitleAction(form: FormData) {
  const id = String(form.get("invoice_id") ?? "")
  const customer = await retrieveCustomer()
  if (customer && id) await saveInvoiceTitles(invoiceTitlesOf(customer).filter((x) => x.id !== id))
  refresh()
}
