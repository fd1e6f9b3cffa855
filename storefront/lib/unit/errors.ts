import { SPECIAL_INVOICE_MESSAGE, USCC_ERRORS } from "@shared/unit"
import type { UsccProblem } from "@shared/uscc"
import { t } from "@/lib/messages"

/**
 * The /store/units routes' refusals in Chinese. The server answers Medusa's
 * `{ type, message }` (its messages are Chinese with an English part, or
 * English from the validators); the storefront never shows them as they are
 * but says what happened by the status and the refusal it recognises, beside
 * the field it concerns when there is one.
 */

/** What the form was doing: applying, saving the details, adding a member or changing one. */
export type UnitErrorContext = "apply" | "update" | "addMember" | "member"

/** A refusal as the form shows it: beside `field`, or above the form when there is none. */
export type UnitError = { field?: string; message: string }

const e = (key: string) => t(`unit.errors.${key}`)

/** The status and message of what the SDK threw (a FetchError), whatever it was. */
function answerOf(error: unknown): { status?: number; message: string } {
  if (typeof error !== "object" || error === null) return { message: "" }
  const status = "status" in error && typeof error.status === "number" ? error.status : undefined
  const message = "message" in error ? String(error.message ?? "") : ""
  return { status, message }
}

const USCC_MESSAGES = Object.entries(USCC_ERRORS) as [UsccProblem, { message: string }][]

/** The Chinese message (and field) of a refused unit request. */
export function unitErrorOf(error: unknown, context: UnitErrorContext): UnitError {
  const { status, message } = answerOf(error)
  if (status === 401) return { message: e("loginRequired") }
  const uscc = USCC_MESSAGES.find(([, known]) => known.message === message)
  if (uscc) return { field: "credit_code", message: e(`uscc.${uscc[0]}`) }
  if (message === SPECIAL_INVOICE_MESSAGE) return { message: e("specialMissing") }
  if (status === 422 || message.includes("already exists")) {
    return { field: "credit_code", message: e("creditCodeTaken") }
  }
  if (message.includes("already belongs to a unit")) {
    return context === "addMember"
      ? { field: "email", message: e("memberInOtherUnit") }
      : { message: e("alreadyInUnit") }
  }
  if (message.includes("no customer account has this e-mail")) {
    return { field: "email", message: e("noAccount") }
  }
  if (message.includes("last admin")) return { message: e("lastAdmin") }
  if (message.includes("only while the unit is pending")) return { message: e("identityLocked") }
  if (message.includes("cannot be changed so")) return { message: e("statusChanged") }
  if (status === 403) return { message: e(message.includes("停用") ? "disabled" : "adminOnly") }
  if (status === 404) {
    if (context === "member") return { message: e("memberGone") }
    if (context === "addMember") return { field: "email", message: e("noAccount") }
    return { message: e("notInUnit") }
  }
  if (status === 409) return { message: e("busy") }
  if (status === 400) return { message: e("invalid") }
  return { message: e("failed") }
}
