import type { FieldErrors } from "@/lib/checkout/schema"

/** What an account form's server action answers; the form re-renders with it. */
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

export type ResetPasswordState = FormState & {
  /** the new password is set */
  done?: boolean
  /** the link's token was refused: expired, used, or replaced by a newer link */
  expired?: boolean
}

/** The named text fields of a posted form ("" for a missing one). */
export const valuesOf = (form: FormData, names: string[]): Record<string, string> =>
  Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "")]))

/** An account form's state before its first answer. */
export const EMPTY_FORM: FormState = { round: 0, values: {}, errors: {} }
