import { z } from "zod"
import { t } from "@/lib/messages"

export const MOBILE = /^1[3-9]\d{9}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * What the server refuses in any text (backend/src/api/guards/text.ts):
 * control characters and bidirectional-text controls; and, in one-line
 * fields, tab and line breaks. tests/unit/address-rules.test.ts keeps the
 * two in step.
 */
export const FORBIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/
const ONE_LINE = /^[^\t\r\n]*$/

/** A one-line text field without the characters the server refuses. */
export const plainLine = (schema: z.ZodString) =>
  schema.refine(
    (v) => ONE_LINE.test(v) && !FORBIDDEN_CHARACTER.test(v),
    t("checkout.errors.invalidCharacters")
  )

export type ContactKind = "email" | "mobile"

/** "email" or "mobile" when `value` is one, else null. */
export function contactKind(value: string): ContactKind | null {
  const v = value.trim()
  if (MOBILE.test(v)) return "mobile"
  if (v.length <= 254 && EMAIL.test(v)) return "email"
  return null
}

/** A Chinese delivery address (checkout and saved addresses), every message in Chinese. */
const addressFields = {
  recipient: plainLine(
    z
      .string()
      .trim()
      .min(1, t("checkout.errors.recipientRequired"))
      .max(30, t("checkout.errors.recipientTooLong"))
  ),
  phone: z
    .string()
    .trim()
    .min(1, t("checkout.errors.phoneRequired"))
    .regex(MOBILE, t("checkout.errors.phoneInvalid")),
  province: z.string().trim().min(1, t("checkout.errors.provinceRequired")),
  city: z.string().trim().min(1, t("checkout.errors.cityRequired")),
  district: z.string().trim(),
  street: plainLine(
    z
      .string()
      .trim()
      .min(1, t("checkout.errors.streetRequired"))
      .max(60, t("checkout.errors.streetTooLong"))
  ),
  detail: plainLine(
    z
      .string()
      .trim()
      .min(1, t("checkout.errors.detailRequired"))
      .max(120, t("checkout.errors.detailTooLong"))
  ),
}

export const addressSchema = z.object(addressFields)

/** The fields of the checkout form, every message in Chinese. */
export const checkoutSchema = z.object({
  contact: z
    .string()
    .trim()
    .min(1, t("checkout.errors.contactRequired"))
    .refine((v) => contactKind(v) !== null, t("checkout.errors.contactInvalid")),
  ...addressFields,
  postal_code: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{6}$/.test(v), t("checkout.errors.postalInvalid")),
  payment: z.string().trim().min(1, t("checkout.errors.paymentRequired")),
})

export type CheckoutInput = z.infer<typeof checkoutSchema>

export type FieldErrors = Partial<Record<string, string>>

/** The first message per field, keyed by field name. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form")
    if (!errors[key]) errors[key] = issue.message
  }
  return errors
}
