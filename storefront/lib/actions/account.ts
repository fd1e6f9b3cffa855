"use server"

import { randomUUID } from "node:crypto"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { divisionsOf, medusaAddress } from "@/lib/address/medusa-address"
import { cascadeOptions } from "@/lib/address/regions"
import { normalizeUscc, usccProblem } from "@shared/uscc"
import {
  addressSchema,
  fieldErrors,
  MOBILE,
  plainLine,
  type FieldErrors,
} from "@/lib/checkout/schema"
import {
  addAddress,
  AuthError,
  deleteAddress,
  invoiceTitlesOf,
  login,
  logout,
  register,
  requestPasswordReset,
  resetPassword,
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
  options?: {
    cities: { code: string; name: string }[]
    districts: { code: string; name: string }[]
  }
}

const valuesOf = (form: FormData, names: string[]) =>
  Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "")]))

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, t("account.errors.emailRequired"))
  .email(t("account.errors.emailInvalid"))

const loginSchema = z.object({
  email,
  password: z.string().min(1, t("account.errors.passwordRequired")),
})

export async function loginAction(previous: FormState, form: FormData): Promise<FormState> {
  const values = valuesOf(form, ["email"])
  const round = (previous?.round ?? 0) + 1
  const parsed = loginSchema.safeParse({
    email: form.get("email") ?? "",
    password: form.get("password") ?? "",
  })
  if (!parsed.success) return { round, values, errors: fieldErrors(parsed.error) }
  try {
    await login(parsed.data.email, parsed.data.password)
  } catch (error) {
    return {
      round,
      values,
      errors: {},
      formError: tooManyAttempts(error) ?? t("account.errors.loginFailed"),
    }
  }
  refresh()
  redirect("/account")
}

/** "尝试次数过多，请 N 分钟后再试" for a 429 from the backend's sign-in limits. */
function tooManyAttempts(error: unknown): string | undefined {
  if (!(error instanceof AuthError) || error.status !== 429) return undefined
  return t("account.errors.tooManyAttempts", {
    minutes: Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)),
  })
}

/** The backend's password rule (code `password_<rule>`) in Chinese, for the password field. */
function passwordRule(error: unknown): string | undefined {
  if (!(error instanceof AuthError) || error.status !== 400 || !error.code?.startsWith("password_"))
    return undefined
  const key = `account.errors.password.${error.code.slice("password_".length)}`
  try {
    return t(key, { min: error.minLength ?? "" })
  } catch {
    return t("account.errors.password.invalid")
  }
}

// Password rules live in the backend (backend/src/auth/password-rules.ts); the form shows the one it names.
const registerSchema = z
  .object({
    email,
    name: plainLine(
      z
        .string()
        .trim()
        .min(1, t("account.errors.nameRequired"))
        .max(30, t("account.errors.nameTooLong"))
    ),
    phone: z
      .string()
      .trim()
      .refine((v) => v === "" || MOBILE.test(v), t("account.errors.phoneInvalid")),
    password: z.string().min(1, t("account.errors.passwordRequired")),
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
    const rule = passwordRule(error)
    if (rule) return { round, values, errors: { password: rule } }
    const refused = error instanceof AuthError && error.status === 401
    return {
      round,
      values,
      errors: {},
      formError:
        tooManyAttempts(error) ??
        t(refused ? "account.errors.registerRefused" : "account.errors.registerFailed"),
    }
  }
  refresh()
  redirect("/account")
}

/**
 * Step 1 of a forgotten password: the backend e-mails a reset link if the
 * address belongs to a buyer. The answer is the same either way, so the form
 * tells nothing about which e-mails are registered.
 */
export async function requestPasswordResetAction(
  previous: FormState,
  form: FormData
): Promise<FormState> {
  const values = valuesOf(form, ["email"])
  const round = (previous?.round ?? 0) + 1
  const parsed = email.safeParse(values.email)
  if (!parsed.success) return { round, values, errors: { email: parsed.error.issues[0]?.message } }
  try {
    await requestPasswordReset(parsed.data)
  } catch (error) {
    return {
      round,
      values,
      errors: {},
      formError: tooManyAttempts(error) ?? t("account.reset.requestFailed"),
    }
  }
  return { round, values: { email: parsed.data }, errors: {}, message: t("account.reset.sent") }
}

export type ResetPasswordState = FormState & {
  /** the new password is set */
  done?: boolean
  /** the link's token was refused: expired, used, or replaced by a newer link */
  expired?: boolean
}

const newPasswordSchema = z
  .object({
    token: z.string().min(1).max(4096),
    password: z.string().min(1, t("account.errors.passwordRequired")),
    password_confirm: z.string(),
  })
  .refine((v) => v.password === v.password_confirm, {
    path: ["password_confirm"],
    message: t("account.errors.passwordMismatch"),
  })

/**
 * Step 2: the new password, twice, with the token of the e-mailed link. A
 * password that breaks a rule is refused beside the field (the link stays
 * usable); a link that expired or was used already says so.
 */
export async function resetPasswordAction(
  previous: ResetPasswordState,
  form: FormData
): Promise<ResetPasswordState> {
  const round = (previous?.round ?? 0) + 1
  const parsed = newPasswordSchema.safeParse({
    token: String(form.get("token") ?? ""),
    password: String(form.get("password") ?? ""),
    password_confirm: String(form.get("password_confirm") ?? ""),
  })
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error)
    if (errors.token)
      return { round, values: {}, errors: {}, expired: true, formError: t("account.reset.expired") }
    return { round, values: {}, errors }
  }
  try {
    await resetPassword(parsed.data.token, parsed.data.password)
  } catch (error) {
    const rule = passwordRule(error)
    if (rule) return { round, values: {}, errors: { password: rule } }
    if (error instanceof AuthError && error.status === 401) {
      return { round, values: {}, errors: {}, expired: true, formError: t("account.reset.expired") }
    }
    return {
      round,
      values: {},
      errors: {},
      formError: tooManyAttempts(error) ?? t("account.reset.failed"),
    }
  }
  return { round, values: {}, errors: {}, done: true, message: t("account.reset.done") }
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

const invoiceSchema = z.object({
  title: plainLine(
    z
      .string()
      .trim()
      .min(1, t("account.errors.invoiceTitleRequired"))
      .max(100, t("account.errors.invoiceTitleTooLong"))
  ),
  tax_id: z
    .string()
    .transform(normalizeUscc)
    .superRefine((value, ctx) => {
      const problem = usccProblem(value)
      if (problem) ctx.addIssue({ code: "custom", message: t(`account.errors.uscc.${problem}`) })
    }),
})

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
