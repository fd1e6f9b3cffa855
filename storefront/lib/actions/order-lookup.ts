"use server"

import { headers } from "next/headers"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { contactKind } from "@shared/contact"
import { LOOKUP_CODE_PATTERN } from "@http/order-access"
import type { FieldErrors } from "@/lib/checkout/schema"
import { removeLookupToken, setLookupToken } from "@/lib/data/cookies"
import { openLookupSession, requestLookupCode } from "@/lib/data/order-lookup"
import { t } from "@/lib/messages"

export type LookupState = {
  /** increases with every answer, so the form can re-read its values */
  round: number
  /** "contact": asking for a code; "code": entering it */
  step: "contact" | "code"
  values: { contact?: string }
  errors: FieldErrors
  formError?: string
  message?: string
}

const contactSchema = z
  .string()
  .trim()
  .min(1, t("lookup.errors.contactRequired"))
  .refine((v) => contactKind(v) !== null, t("lookup.errors.contactInvalid"))

const codeSchema = z
  .string()
  .trim()
  .min(1, t("lookup.errors.codeRequired"))
  .regex(LOOKUP_CODE_PATTERN, t("lookup.errors.codeInvalid"))

/** The buyer's address as the reverse proxy in front of the storefront saw it (the last X-Forwarded-For entry). */
async function clientAddress(): Promise<string | undefined> {
  const list = (await headers()).get("x-forwarded-for") ?? ""
  const last = list
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .pop()
  return last && last.length <= 64 ? last : undefined
}

const minutes = (seconds?: number) => String(Math.max(1, Math.ceil((seconds ?? 3600) / 60)))

/**
 * The guest order lookup in two steps, one form: `intent=send` asks for a code
 * for the contact, `intent=verify` trades the code for a lookup token (kept in
 * an httpOnly cookie) and shows the contact's orders; `intent=change` starts
 * over. Works without JavaScript (the page re-renders with this state).
 */
export async function orderLookupAction(
  previous: LookupState,
  form: FormData
): Promise<LookupState> {
  const round = (previous?.round ?? 0) + 1
  const intent = String(form.get("intent") ?? "send")
  const rawContact = String(form.get("contact") ?? "")
  if (intent === "change")
    return { round, step: "contact", values: { contact: rawContact }, errors: {} }

  const contact = contactSchema.safeParse(rawContact)
  if (!contact.success) {
    return {
      round,
      step: "contact",
      values: { contact: rawContact },
      errors: { contact: contact.error.issues[0]?.message },
    }
  }
  const values = { contact: contact.data }

  if (intent === "verify") {
    const code = codeSchema.safeParse(String(form.get("code") ?? ""))
    if (!code.success)
      return { round, step: "code", values, errors: { code: code.error.issues[0]?.message } }
    const answer = await openLookupSession(contact.data, code.data)
    if (!answer.ok) {
      if (answer.code === "wrong_code") {
        return {
          round,
          step: "code",
          values,
          errors: { code: t("lookup.errors.wrongCode", { left: answer.attempts_left ?? 0 }) },
        }
      }
      if (answer.code === "no_code")
        return { round, step: "code", values, errors: { code: t("lookup.errors.noCode") } }
      return { round, step: "code", values, errors: {}, formError: t("lookup.errors.failed") }
    }
    await setLookupToken({ token: answer.token, expires_at: answer.expires_at })
    refresh()
    redirect("/order/lookup")
  }

  const answer = await requestLookupCode(contact.data, await clientAddress())
  if (!answer.ok) {
    if (answer.status === 429) {
      return {
        round,
        step: previous?.step ?? "contact",
        values,
        errors: {},
        formError: t("lookup.errors.tooMany", { minutes: minutes(answer.retry_after) }),
      }
    }
    if (answer.status === 400)
      return {
        round,
        step: "contact",
        values,
        errors: { contact: t("lookup.errors.contactInvalid") },
      }
    return { round, step: "contact", values, errors: {}, formError: t("lookup.errors.failed") }
  }
  return { round, step: "code", values, errors: {}, message: t("lookup.sent") }
}

/** Ends the lookup: the lookup token is forgotten. */
export async function endOrderLookupAction() {
  await removeLookupToken()
  refresh()
  redirect("/order/lookup")
}
