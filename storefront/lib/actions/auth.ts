"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { type FormState, type ResetPasswordState, valuesOf } from "@/lib/account/form-state"
import { nextPathOf } from "@/lib/account/next-path"
import { email, loginSchema, newPasswordSchema, registerSchema } from "@/lib/account/schema"
import { fieldErrors } from "@/lib/checkout/schema"
import {
  AuthError,
  login,
  logout,
  register,
  requestPasswordReset,
  resetPassword,
} from "@/lib/data/auth"
import { t } from "@/lib/messages"

/**
 * Signing in and out, registering and resetting a forgotten password: the
 * account forms' server actions. Every refusal comes back as a Chinese
 * message in the form's state; the backend's sign-in limits answer 429.
 */

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
  redirect(nextPathOf(form.get("next")))
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
  redirect(nextPathOf(form.get("next")))
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
