"use server"

import { randomUUID } from "node:crypto"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { divisionsOf, medusaAddress } from "@/lib/address/medusa-address"
import { cascadeOptions } from "@/lib/address/regions"
import { normalizeUscc, usccProblem } from "@/lib/account/uscc"
import { addressSchema, fieldErrors, MOBILE, plainLine, type FieldErrors } from "@/lib/checkout/schema"
import {
  addAddress,
  deleteAddress,
  invoiceTitlesOf,
  login,
  logout,
  register,
  retrieveCustomer,
  saveInvoiceTitles,
} from "@/lib/data/customer"
import { t } from "@/lib/messages"

export type FormState = {
  round: number
  values: Record<string, string>
  errors: FieldErrors
  formError?: string
  message?: string
  options?: { cities: { code: string; name: string }[]; districts: { code: string; name: string }[] }
}

const valuesOf = (form: FormData, names: string[]) =>
  Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "")]))

const email = z.string().trim().toLowerCase().min(1, t("account.errors.emailRequired")).email(t("account.errors.emailInvalid"))

const loginSchema = z.object({
  email,
  password: z.string().min(1, t("account.errors.passwordRequired")),
})

export async function loginAction(previous: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, ["email"])
  const round = (previous?.round ?? 0) + 1
  const parsed = loginSchema.safeParse({ email: form.get("email") ?? "", password: form.get("password") ?? "" })
  if (!parsed.success) return { round, values, errors: fieldErrors(parsed.error) }
  try {
    await login(parsed.data.email, parsed.data.password)
  } catch {
    return { round, values, errors: {}, formError: t("account.errors.loginFailed") }
  }
  refresh()
  redirect("/account")
}

const registerSchema = z
  .object({
    email,
    name: plainLine(z.string().trim().min(1, t("account.errors.nameRequired")).max(30, t("account.errors.nameTooLong"))),
    phone: z
      .string()
      .trim()
      .refine((v) => v === "" || MOBILE.test(v), t("account.errors.phoneInvalid")),
    password: z.string().min(8, t("account.errors.passwordTooShort")).max(72, t("account.errors.passwordTooLong")),
    password_confirm: z.string(),
  })
  .refine((v) => v.password === v.password_confirm, {
    path: ["password_confirm"],
    message: t("account.errors.passwordMismatch"),
  })

export async function registerAction(previous: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, ["email", "name", "phone"])
  const round = (previous?.round ?? 0) + 1
  const parsed = registerSchema.safeParse({
    ...values,
    password: String(form.get("password") ?? ""),
    password_confirm: String(form.get("password_confirm") ?? ""),
  })
  if (!parsed.success) return { round, values, errors: fieldErrors(parsed.error) }
  try {
    await register({
      email: parsed.data.email,
      password: parsed.data.password,
      first_name: parsed.data.name,
      phone: parsed.data.phone || undefined,
    })
  } catch (error) {
    const exists = /exist/i.test(String((error as any)?.message ?? ""))
    return {
      round,
      values,
      errors: exists ? { email: t("account.errors.emailTaken") } : {},
      formError: exists ? undefined : t("account.errors.registerFailed"),
    }
  }
  refresh()
  redirect("/account")
}

export async function logoutAction() {
  await logout()
  refresh()
  redirect("/account")
}

const ADDRESS_FIELDS = ["recipient", "phone", "province", "city", "district", "street", "detail"]

export async function addAddressAction(previous: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, ADDRESS_FIELDS)
  const round = (previous?.round ?? 0) + 1
  const options = cascadeOptions(values.province, values.city)
  const state = { round, values, options: { cities: options.cities, districts: options.districts } }
  if (form.get("intent") === "regions") return { ...state, errors: {} }
  const parsed = addressSchema.safeParse(values)
  const { divisions, errors: regionErrors } = divisionsOf(values)
  const errors: FieldErrors = { ...regionErrors, ...(parsed.success ? {} : fieldErrors(parsed.error)) }
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

const invoiceSchema = z.object({
  title: plainLine(
    z.string().trim().min(1, t("account.errors.invoiceTitleRequired")).max(100, t("account.errors.invoiceTitleTooLong"))
  ),
  tax_id: z
    .string()
    .transform(normalizeUscc)
    .superRefine((value, ctx) => {
      const problem = usccProblem(value)
      if (problem) ctx.addIssue({ code: "custom", message: t(`account.errors.uscc.${problem}`) })
    }),
})

export async function addInvoiceTitleAction(previous: FormState, form: FormData): Promise<FormState> {
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
    await saveInvoiceTitles([...titles, { id: randomUUID(), title: parsed.data.title, tax_id: parsed.data.tax_id }])
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
